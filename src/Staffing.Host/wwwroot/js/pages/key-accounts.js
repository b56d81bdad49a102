// Key-account dashboard: top-10 share gauge and trend, the top ten, and the account stage funnel.
import { h, replace } from '../dom.js';
import { api } from '../api.js';
import { shareGauge } from '../charts/gauge.js';
import { shareTrend } from '../charts/trend.js';
import { stageFunnel } from '../charts/funnel.js';
import { formatMoney, tierBadge, stageLabel, share } from '../ui/format.js';
import { keyAccountTabs } from '../ui/key-account-tabs.js';

export const keyAccountsPage = {
  title: 'Key accounts',
  async render(view, params, user) {
    const [health, stages] = await Promise.all([api.get('/api/analytics/health'), api.get('/api/accounts/stages')]);
    const funnel = stages.funnel ?? [];
    replace(view,
      keyAccountTabs(user),
      h('div', { class: 'page-head' }, h('h1', {}, 'Key accounts'), h('span', { class: 'muted' }, `as of ${health.asOf}, revenue ${formatMoney(health.totalRevenue)} over 12 months`)),
      health.warning ? h('div', { class: 'problem', role: 'status' }, h('h2', {}, 'Key-account health warning'), h('p', {}, health.warning)) : null,
      h('div', { class: 'grid three' },
        h('section', { class: 'card', 'aria-labelledby': 'gauge' }, h('h2', { id: 'gauge' }, 'Top-10 share of revenue'),
          shareGauge(health.top10Share, health.minimum, { title: `The top ten clients bring ${share(health.top10Share)} of revenue; the minimum is ${share(health.minimum)}` })),
        h('section', { class: 'card', style: 'grid-column: span 2', 'aria-labelledby': 'trend' }, h('h2', { id: 'trend' }, 'Top-10 share by month'),
          shareTrend(health.trend.map(p => ({ month: p.month, value: p.top10Share })), health.minimum, { title: 'Monthly top-10 share of trailing revenue against the minimum' }))),
      h('div', { class: 'grid two', style: 'margin-top:1rem' },
        h('section', { class: 'card', 'aria-labelledby': 'top10' }, h('h2', { id: 'top10' }, 'Top ten clients'),
          h('div', { class: 'table-wrap' }, h('table', {},
            h('thead', {}, h('tr', {}, h('th', { class: 'num' }, '#'), h('th', {}, 'Client'), h('th', {}, 'Tier'), h('th', { class: 'num' }, 'Revenue'), h('th', { class: 'num' }, 'Share'))),
            h('tbody', {}, health.top10.map(t => h('tr', {},
              h('td', { class: 'num' }, t.rank), h('td', {}, h('a', { href: `/clients/${encodeURIComponent(t.clientId)}` }, t.name ?? t.clientId)),
              h('td', {}, tierBadge(t.tier)), h('td', { class: 'num' }, formatMoney(t.revenue)), h('td', { class: 'num' }, share(t.share)))))))),
        h('section', { class: 'card', 'aria-labelledby': 'funnel' }, h('h2', { id: 'funnel' }, 'Account stage funnel'),
          funnel.length ? stageFunnel(funnel.map(f => ({ label: stageLabel(f.stage), proof: `proves ${stageLabel(f.proof).toLowerCase()}`, count: f.accounts })), { title: 'Accounts per stage, from qualified supplier to preferred supplier' })
            : h('p', { class: 'muted' }, 'No stage data.'),
          h('h3', { style: 'margin-top:1rem' }, 'Ready to move up'),
          stageList(stages.accounts.filter(a => a.canMoveUp)))));
  },
};

function stageList(accounts) {
  if (accounts.length === 0) return h('p', { class: 'muted' }, 'No account has proven its next stage yet.');
  return h('ul', {}, accounts.map(a => h('li', {}, h('a', { href: `/key-accounts/stages/${encodeURIComponent(a.clientId)}` }, a.name ?? a.clientId), ` — ${stageLabel(a.stage)}`)));
}
