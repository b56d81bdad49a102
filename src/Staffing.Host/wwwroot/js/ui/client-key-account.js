// The key-account parts of a client's page for firm users: a tier change waiting for a manager, and the
// client's opportunities. Each fills itself once its data arrives, so the page around it does not wait.
import { h, replace } from '../dom.js';
import { api, all } from '../api.js';
import { isFirm, isManager } from '../session.js';
import { formatMoney, stageLabel, tierBadge } from './format.js';

/** Managers only: a notice when the tier review proposes a change for this client. */
export function pendingTierNotice(client, user) {
  if (!isManager(user)) return null;
  const slot = h('div', {});
  api.get('/api/tiers/pending').then(book => {
    const change = book.pending.find(c => c.clientId === client.id);
    if (!change) return;
    replace(slot, h('p', { class: 'notice', role: 'status', 'data-testid': 'pending-tier' },
      'The tier review proposes ', tierBadge(change.from), ' → ', tierBadge(change.to), ` on ${formatMoney(change.trailingRevenue)} of trailing-12-month revenue. `,
      h('a', { href: '/key-accounts/tiers' }, 'Confirm or dismiss it')));
  }, () => null);
  return slot;
}

/** Firm users: the client's opportunities with their milestone. */
export function opportunitiesSection(client, user) {
  if (!isFirm(user)) return null;
  const body = h('div', {}, h('p', { class: 'muted' }, 'Loading opportunities…'));
  all('/api/opportunities', { client: client.id }).then(list => replace(body,
    list.length === 0 ? h('p', { class: 'muted' }, 'No opportunities.') :
      h('div', { class: 'table-wrap' }, h('table', { 'aria-label': 'Opportunities of the client' },
        h('thead', {}, h('tr', {}, h('th', {}, 'Opportunity'), h('th', { class: 'num' }, 'Value'), h('th', {}, 'Milestone'))),
        h('tbody', {}, list.map(o => h('tr', {},
          h('td', {}, h('a', { href: `/key-accounts/opportunities/${encodeURIComponent(o.id)}` }, o.name)),
          h('td', { class: 'num' }, formatMoney(o.value)),
          h('td', {}, stageLabel(o.milestone)))))))),
  () => replace(body, h('p', { class: 'muted' }, 'Opportunities could not be loaded.')));
  return h('section', { class: 'card', style: 'margin-top:1rem', 'aria-labelledby': 'client-opportunities' },
    h('h2', { id: 'client-opportunities' }, 'Opportunities'), body);
}
