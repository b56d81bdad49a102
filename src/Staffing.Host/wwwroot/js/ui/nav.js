// Role-aware navigation: each role sees only the screens its API calls allow.
import { h, replace } from '../dom.js';
import { isAdmin, isFirm, isClient, isManager } from '../session.js';

function links(user) {
  if (isClient(user)) return [['/my', 'My account'], ['/projects', 'My projects'], ['/requests', 'My requests'], ['/talent', 'Global talent']];
  if (!isFirm(user)) return [];
  const manager = isManager(user) ? [['/proposals', 'Proposals']] : [];
  return [['/portfolio', 'Portfolio'], ...manager, ['/queue', 'Queue'], ['/open-seats', 'Open seats'], ['/projects', 'Projects'], ['/staff', 'Staff'],
    ['/utilisation', 'Utilisation'], ['/key-accounts', 'Key accounts'], ['/pnl', 'P&L'], ['/kpis', 'KPIs'],
    // The Orleans Dashboard is its own page, served by the host outside the portal.
    ...(isAdmin(user) ? [['/admin/dashboard/', 'Cluster']] : [])];
}

export function renderNav(user, path, onSignOut) {
  const nav = document.getElementById('nav');
  const who = document.getElementById('who');
  if (!user) { replace(nav); replace(who); return; }
  replace(nav, links(user).map(([href, text]) =>
    h('a', { href, 'aria-current': path === href || path.startsWith(href + '/') ? 'page' : null }, text)));
  replace(who,
    h('span', {}, user.user, ' · ', h('span', { class: 'role' }, roleName(user.role))),
    h('button', { type: 'button', onclick: onSignOut }, 'Sign out'));
}

export const roleName = role => ({ Admin: 'Administrator', ResourceManager: 'Resource manager', Partner: 'Partner', ClientUser: 'Client' })[role] ?? role;
