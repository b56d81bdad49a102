// Staff names for firm users, fetched once per session: API answers name people by id.
import { all } from '../api.js';
import { isFirm } from '../session.js';

let names = null;

/** A function from staff id to "Name (id)"; for users who may not list staff, the id itself. */
export async function staffNamer(user) {
  if (!isFirm(user)) return id => id;
  names ??= new Map((await all('/api/staff')).map(p => [p.id, p.name]));
  return id => (id && names.get(id) ? `${names.get(id)} (${id})` : id);
}
