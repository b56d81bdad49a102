// Portfolio overview for the firm: clients by tier, revenue share, projects and open seats at a glance.
import { h, replace } from '../dom.js';
import { api, all } from '../api.js';
import { tierPyramid } from '../charts/pyramid.js';
import { shareBar, shareLegend } from '../charts/share-bar.js';
import { formatMoney, formatNumber, percent, tierBadge, tiers, stageLabel } from '../ui/format.js';

export const portfolioPage = {
  title: 'Portfolio',
  async render(view) {
    const [clients, projects, openSeats, plans] = await Promise.all([all('/api/clients'), all('/api/projects'), api.get('/api/portal/open-seats'), api.get('/api/accounts/stages')]);
    // The account plans own the stage; the client list's copy can lag behind them.
    const stageOf = new Map(plans.accounts.map(a => [a.clientId, a.stage]));
    const live = projects.filter(p => p.status !== 'closed');
    const seats = live.reduce((n, p) => n + p.seats, 0), filled = live.reduce((n, p) => n + p.filled, 0);
    const byTier = tiers.map(tier => {
      const members = clients.filter(c => c.tier === tier);
      return { tier, members, count: members.length, revenue: members.reduce((n, c) => n + c.trailingTwelveMonths, 0) };
    });
    const projectsOf = id => live.filter(p => p.clientId === id);
    const openOf = id => openSeats.filter(s => s.clientId === id).length;

    replace(view,
      h('div', { class: 'page-head' }, h('h1', {}, 'Portfolio'), h('span', { class: 'muted' }, `${clients.length} client accounts`)),
      h('div', { class: 'grid four' },
        stat('Client accounts', formatNumber(clients.length)),
        stat('Live projects', formatNumber(live.length)),
        stat('Seats filled', `${formatNumber(filled)} of ${formatNumber(seats)} (${percent(filled, seats)})`),
        stat('Open seats', h('a', { href: '/open-seats' }, formatNumber(openSeats.length)))),
      h('div', { class: 'grid two', style: 'margin-top:1rem' },
        h('section', { class: 'card', 'aria-labelledby': 'pyr' }, h('h2', { id: 'pyr' }, 'Clients by tier'),
          tierPyramid(byTier.map(t => ({ tier: t.tier, count: t.count, label: `${formatMoney(t.revenue)} last 12 months` })), { title: 'Number of clients per tier, diamond at the top' })),
        h('section', { class: 'card', 'aria-labelledby': 'share' }, h('h2', { id: 'share' }, 'Revenue share by tier (last 12 months)'),
          bar(byTier.map(t => ({ key: t.tier, value: t.revenue, label: t.tier })), 'Share of trailing twelve-month revenue per tier'),
          h('h3', { style: 'margin-top:1.25rem' }, 'Open seats by tier'),
          bar(tiers.map(tier => ({ key: tier, value: openSeats.filter(s => s.tier === tier).length, label: tier })), 'Open seats per tier'))),
      byTier.filter(t => t.count > 0).map(t => h('section', { class: 'card', style: 'margin-top:1rem', 'aria-label': `${t.tier} clients` },
        h('h2', {}, tierBadge(t.tier), ` ${t.count} clients · ${formatMoney(t.revenue)}`),
        h('div', { class: 'table-wrap' }, h('table', {},
          h('thead', {}, h('tr', {}, h('th', {}, 'Client'), h('th', {}, 'Stage'), h('th', {}, 'Partner'),
            h('th', { class: 'num' }, 'Live projects'), h('th', { class: 'num' }, 'Open seats'), h('th', { class: 'num' }, 'Revenue, 12 months'))),
          h('tbody', {}, t.members.map(c => h('tr', {},
            h('td', {}, h('a', { href: `/clients/${encodeURIComponent(c.id)}` }, c.name ?? c.id)),
            h('td', {}, stageLabel(stageOf.get(c.id) ?? c.stage)), h('td', {}, c.dedicatedPartner ?? '—'),
            h('td', { class: 'num' }, projectsOf(c.id).length), h('td', { class: 'num' }, openOf(c.id)),
            h('td', { class: 'num' }, formatMoney(c.trailingTwelveMonths)))))))))); 
  },
};

const bar = (parts, title) => [shareBar(parts, { title }), shareLegend(parts)];
const stat = (label, value) => h('div', { class: 'card' }, h('div', { class: 'stat-label' }, label), h('div', { class: 'stat' }, value));
