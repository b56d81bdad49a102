// Tier changes the review found, shown to a manager before they take effect: from -> to, why, when and what
// follows; confirm or dismiss each, run the review now, and read the review's history per client.
import { h, replace, announce } from '../dom.js';
import { api, query } from '../api.js';
import { formatMoney, tierBadge } from '../ui/format.js';
import { field, select } from '../ui/forms.js';
import { problemBox } from '../ui/problem.js';
import { clientNamer } from '../ui/clients.js';
import { keyAccountTabs } from '../ui/key-account-tabs.js';
import { thresholdBar } from '../charts/threshold-bar.js';

let notice = null; // shown once after the page re-renders: what the last action did

export const tierChangesPage = {
  title: 'Tier changes',
  async render(view, params, user) {
    const [book, thresholds, name] = await Promise.all([api.get('/api/tiers/pending'), api.get('/api/tiers/thresholds'), clientNamer()]);
    const messages = h('div', { 'aria-live': 'assertive' }, notice);
    notice = null;
    const rerender = () => tierChangesPage.render(view, params, user);
    const act = async (label, call, done) => {
      try {
        const after = await call();
        notice = h('p', { class: 'notice', role: 'status' }, done(after));
        announce(label);
        await rerender();
      } catch (e) {
        replace(messages, problemBox(e));
        messages.scrollIntoView({ block: 'nearest' });
      }
    };
    const confirm = c => act(`Tier change for ${name(c.clientId)} confirmed`,
      () => api.post(`/api/tiers/pending/${encodeURIComponent(c.clientId)}/confirm`), after => {
        const scheduled = after.scheduled.find(x => x.clientId === c.clientId);
        return scheduled
          ? `Confirmed: ${name(c.clientId)} moves from ${c.from} to ${c.to} on ${scheduled.effectiveOn}.`
          : `Confirmed: ${name(c.clientId)} is ${c.to} from today.`;
      });
    const dismiss = c => act(`Tier change for ${name(c.clientId)} dismissed`,
      () => api.post(`/api/tiers/pending/${encodeURIComponent(c.clientId)}/dismiss`),
      () => `Dismissed: ${name(c.clientId)} stays ${c.from}.`);
    const review = () => act('Tier review run', () => api.post('/api/tiers/review'),
      after => `Review done: ${after.pending.length} change${after.pending.length === 1 ? '' : 's'} waiting for confirmation.`);

    replace(view,
      keyAccountTabs(user),
      h('div', { class: 'page-head' },
        h('div', {}, h('h1', {}, 'Tier changes'),
          h('span', { class: 'muted' }, `Nothing changes until a manager confirms. Last review ${book.lastReviewedMonth?.slice(0, 7) ?? 'not run yet'}; diamond from ${formatMoney(thresholds.diamond)}, gold from ${formatMoney(thresholds.gold)} of trailing-12-month revenue.`)),
        h('button', { type: 'button', class: 'secondary', onclick: review }, 'Review tiers now')),
      messages,
      h('section', { 'aria-labelledby': 'pending' },
        h('h2', { id: 'pending' }, `Waiting for confirmation (${book.pending.length})`),
        book.pending.length === 0 ? h('p', { class: 'muted card' }, 'No tier change is waiting. The review runs monthly, or now with "Review tiers now".')
          : h('div', { class: 'grid two' }, book.pending.map(c => pendingCard(c, thresholds, book.asOf, { confirm, dismiss })))),
      h('section', { class: 'card', style: 'margin-top:1rem', 'aria-labelledby': 'scheduled' },
        h('h2', { id: 'scheduled' }, 'Confirmed, waiting for their day'),
        book.scheduled.length === 0 ? h('p', { class: 'muted' }, 'None.') :
          h('div', { class: 'table-wrap' }, h('table', { 'aria-label': 'Confirmed tier changes' },
            h('thead', {}, h('tr', {}, h('th', {}, 'Client'), h('th', {}, 'Change'), h('th', {}, 'Confirmed by'), h('th', {}, 'Confirmed on'), h('th', {}, 'Takes effect'))),
            h('tbody', {}, book.scheduled.map(s => h('tr', {},
              h('td', {}, clientLink(s.clientId, name)), h('td', {}, tierBadge(s.from), ' → ', tierBadge(s.to)),
              h('td', {}, s.confirmedBy), h('td', {}, s.confirmedOn), h('td', {}, h('strong', {}, s.effectiveOn)))))))),
      historySection(name));
  },
};

const clientLink = (id, name) => h('a', { href: `/clients/${encodeURIComponent(id)}` }, name(id));

function pendingCard(c, thresholds, today, { confirm, dismiss }) {
  const label = `${c.clientName ?? c.clientId}: ${c.from} to ${c.to}`;
  // The line that decides: the tier being entered on a promotion, the tier being left on a demotion.
  const tier = c.direction === 'promotion' ? c.to : c.from;
  const line = thresholds[tier];
  const why = line === undefined ? c.reason
    : `${formatMoney(c.trailingRevenue)} trailing-12-month revenue is ${c.trailingRevenue >= line ? 'at or above' : 'below'} the ${tier} threshold of ${formatMoney(line)}`;
  const later = c.effectiveIfConfirmedToday !== today;
  const p = c.privilegesAfter;
  return h('article', { class: 'card tier-change', 'aria-label': label, 'data-client': c.clientId },
    h('div', { class: 'page-head', style: 'margin-bottom:.5rem' },
      h('h3', {}, h('a', { href: `/clients/${encodeURIComponent(c.clientId)}` }, c.clientName ?? c.clientId), h('span', { class: 'muted' }, ` ${c.clientId}`)),
      h('span', { class: `status ${c.direction}` }, c.direction)),
    h('p', { class: 'tier-move' }, tierBadge(c.from), ' → ', tierBadge(c.to)),
    thresholdBar(c.trailingRevenue, [{ tier: 'gold', amount: thresholds.gold }, { tier: 'diamond', amount: thresholds.diamond }],
      { title: why, line }),
    h('dl', { class: 'facts', style: 'margin-top:.5rem' },
      h('dt', {}, 'Why'), h('dd', { 'data-testid': 'why' }, why),
      h('dt', {}, 'Review rule'), h('dd', {}, c.reason),
      h('dt', {}, 'Revenue up to'), h('dd', {}, c.reviewedOn.slice(0, 7)),
      h('dt', {}, 'Takes effect'), h('dd', { 'data-testid': 'effective' }, h('strong', {}, c.effectiveIfConfirmedToday),
        later ? ' (if confirmed today; a diamond tier ends at month end)' : ' (if confirmed today)'),
      h('dt', {}, 'Afterwards'), h('dd', {}, [
        p.dedicatedPartner ? 'dedicated partner' : 'no dedicated partner',
        p.picks ? 'picks' : 'no picks',
        p.returns ? `returns replaced within ${p.returnSlaHours} hours` : 'no returns',
      ].join(' · '))),
    h('h4', {}, 'Consequences'),
    h('ul', { class: 'consequences' }, c.consequences.map(x => h('li', {}, x))),
    h('div', { class: 'actions' },
      h('button', { type: 'button', 'aria-label': `Confirm ${label}`, onclick: () => confirm(c) }, 'Confirm'),
      h('button', { type: 'button', class: 'danger', 'aria-label': `Dismiss ${label}`, onclick: () => dismiss(c) }, 'Dismiss')));
}

/** The review's audit trail, newest first, for every client or one. */
function historySection(name) {
  const body = h('div', {}, h('p', { class: 'muted' }, 'Loading history…'));
  const pick = select('client', [['', 'All clients'], ...name.entries]);
  const load = async () => {
    try {
      const trail = await api.get('/api/tiers/history' + query({ client: pick.value }));
      replace(body, trail.length === 0 ? h('p', { class: 'muted' }, 'No tier review has recorded anything yet.') :
        h('div', { class: 'table-wrap' }, h('table', { 'aria-label': 'Tier history' },
          h('thead', {}, h('tr', {}, h('th', {}, 'Date'), h('th', {}, 'Client'), h('th', {}, 'What'), h('th', {}, 'Change'), h('th', {}, 'By'), h('th', {}, 'Detail'))),
          h('tbody', {}, trail.map(a => h('tr', {},
            h('td', { class: 'nowrap' }, a.date), h('td', {}, clientLink(a.clientId, name)), h('td', {}, h('span', { class: `status ${a.action}` }, a.action)),
            h('td', { class: 'nowrap' }, tierBadge(a.from), ' → ', tierBadge(a.to)), h('td', {}, a.by), h('td', {}, a.detail ?? '')))))));
    } catch (e) { replace(body, problemBox(e)); }
  };
  pick.addEventListener('change', load);
  load();
  return h('section', { class: 'card', style: 'margin-top:1rem', 'aria-labelledby': 'tier-history' },
    h('div', { class: 'page-head', style: 'margin-bottom:.5rem' }, h('h2', { id: 'tier-history' }, 'Tier history'),
      h('form', { class: 'filters', style: 'margin:0', onsubmit: e => e.preventDefault() }, field('Client', pick))),
    body);
}
