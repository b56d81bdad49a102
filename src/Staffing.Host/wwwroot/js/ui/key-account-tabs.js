// The key-account screens' own tabs, under the main "Key accounts" link: each role sees the screens its API calls allow.
import { h } from '../dom.js';
import { isManager } from '../session.js';

export function keyAccountTabs(user) {
  const path = location.pathname;
  const tabs = [
    ['/key-accounts', 'Dashboard'],
    isManager(user) ? ['/key-accounts/tiers', 'Tier changes'] : null,
    ['/key-accounts/stages', 'Account stages'],
    ['/key-accounts/opportunities', 'Opportunities'],
    isManager(user) ? ['/key-accounts/data', 'Import and export'] : null,
  ].filter(Boolean);
  const current = href => (href === '/key-accounts' ? path === href : path === href || path.startsWith(href + '/'));
  return h('nav', { class: 'tabs', 'aria-label': 'Key-account screens' },
    tabs.map(([href, text]) => h('a', { href, 'aria-current': current(href) ? 'page' : null }, text)));
}
