// P&L tables: per client and per project over the planning horizon (each dollar counted once).
import { h, replace } from '../dom.js';
import { api } from '../api.js';
import { formatMoney, tierBadge, share } from '../ui/format.js';

export const pnlPage = {
  title: 'P&L',
  async render(view) {
    const [clients, projects] = await Promise.all([api.get('/api/pnl/clients'), api.get('/api/pnl/projects')]);
    const margin = m => h('td', { class: 'num', style: m < 0 ? 'color:var(--danger)' : null }, formatMoney(m));
    replace(view,
      h('div', { class: 'page-head' }, h('h1', {}, 'Profit and loss'), h('span', { class: 'muted' }, `over ${clients.weeks} weeks; each dollar counted once`)),
      h('div', { class: 'grid four' },
        stat('Revenue', formatMoney(clients.totals.revenue)), stat('Cost', formatMoney(clients.totals.cost)),
        stat('Margin', formatMoney(clients.totals.margin)), stat('Margin rate', share(clients.totals.marginRate))),
      unbilled(clients.totals),
      h('section', { class: 'card', style: 'margin-top:1rem', 'aria-labelledby': 'by-client' }, h('h2', { id: 'by-client' }, 'By client'),
        h('div', { class: 'table-wrap' }, h('table', {},
          h('thead', {}, h('tr', {}, h('th', {}, 'Client'), h('th', {}, 'Tier'), h('th', { class: 'num' }, 'Projects'), h('th', { class: 'num' }, 'Revenue'),
            h('th', { class: 'num' }, 'Cost'), h('th', { class: 'num' }, 'Margin'), h('th', { class: 'num' }, 'Margin rate'))),
          h('tbody', {}, clients.items.map(c => h('tr', {},
            h('td', {}, h('a', { href: `/clients/${encodeURIComponent(c.clientId)}` }, c.name ?? c.clientId)), h('td', {}, tierBadge(c.tier)),
            h('td', { class: 'num' }, c.projects), h('td', { class: 'num' }, formatMoney(c.revenue)), h('td', { class: 'num' }, formatMoney(c.cost)),
            margin(c.margin), h('td', { class: 'num' }, share(c.marginRate)))))))),
      h('section', { class: 'card', style: 'margin-top:1rem', 'aria-labelledby': 'by-project' }, h('h2', { id: 'by-project' }, 'By project'),
        h('div', { class: 'table-wrap' }, h('table', {},
          h('thead', {}, h('tr', {}, h('th', {}, 'Project'), h('th', {}, 'Client'), h('th', {}, 'Status'), h('th', {}, 'Source'), h('th', { class: 'num' }, 'Revenue'),
            h('th', { class: 'num' }, 'Cost'), h('th', { class: 'num' }, 'Margin'), h('th', { class: 'num' }, 'Margin rate'))),
          h('tbody', {}, projects.items.map(p => h('tr', {},
            h('td', {}, h('a', { href: `/projects/${encodeURIComponent(p.projectId)}` }, p.name ?? p.projectId)), h('td', {}, p.clientId),
            h('td', {}, p.status), h('td', {}, p.source), h('td', { class: 'num' }, formatMoney(p.revenue)), h('td', { class: 'num' }, formatMoney(p.cost)),
            margin(p.margin), h('td', { class: 'num' }, share(p.marginRate)))))))));
  },
};

/** Revenue comes from bill rates or actuals; booked cost without either means the rates are missing, not that the firm earns nothing. */
function unbilled(totals) {
  if (totals.revenue !== 0 || totals.cost === 0) return null;
  return h('div', { class: 'problem', role: 'status', style: 'margin-top:1rem' },
    h('h2', {}, 'No revenue: bill rates are missing'),
    h('p', {}, 'People are booked (cost ', formatMoney(totals.cost), ') but nobody has a bill rate and no revenue actuals are imported. Import staff with ',
      h('code', {}, 'billPerWeek'), ' or project revenue actuals on the ', h('a', { href: '/key-accounts/data' }, 'import page'), '.'));
}

const stat = (label, value) => h('div', { class: 'card' }, h('div', { class: 'stat-label' }, label), h('div', { class: 'stat' }, value));
