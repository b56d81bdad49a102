// Who is signed in, and what their role lets them see.
import { api, loadAntiforgery, forgetAntiforgery, ApiError } from './api.js';

let current = null;

export const roles = { admin: 'Admin', manager: 'ResourceManager', partner: 'Partner', client: 'ClientUser' };

export function user() { return current; }
export const isAdmin = u => u?.role === roles.admin;
export const isManager = u => u?.role === roles.admin || u?.role === roles.manager;
export const isFirm = u => isManager(u) || u?.role === roles.partner;
export const isClient = u => u?.role === roles.client;

/** The signed-in user, or null when the session is missing or expired. */
export async function restore() {
  try {
    current = await api.get('/api/auth/me');
    await loadAntiforgery();
  } catch (e) {
    if (!(e instanceof ApiError) || e.status !== 401) throw e;
    current = null;
  }
  return current;
}

export async function signIn(name, password) {
  await api.post('/api/auth/login', { user: name, password });
  return restore();
}

export async function signOut() {
  try { await api.post('/api/auth/logout'); } finally { current = null; forgetAntiforgery(); }
}
