// A client account: tier, stage, revenue trend, dedicated partner, returns and tier history, and its projects.
import { h, replace } from '../dom.js';
import { api, all, ApiError } from '../api.js';
import { sparkline } from '../charts/sparkline.js';
import { formatMoney, tierBadge, stageLabel, percent } from '../ui/format.js';
import { notFound } from '../ui/problem.js';
import { auditSection } from '../ui/audit.js';
import { user, isFirm } from '../session.js';
import { pendingTierNotice, opportunitiesSection } from '../ui/client-key-account.js';

export const clientPage = {
  title: 'Client',
  async render(view, { id }) {
    let client;
    try {
      client = await api.get(`/api/clients/${encodeURIComponent(id)}`);
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) { replace(view, notFound('Client', id)); return; }
      throw e;
    }
    if (view.isConnected) document.title = `${client.name ?? client.id} · Staffing`;
    replace(view, await clientSections(client, { heading: client.name ?? client.id }));
  },
};

/** The sections of a client account, shared with the client user's own start page. */
export async function clientSections(client, { heading, extra = [] }) {
  // The account plan owns the stage; the client record's copy can lag behind it.
  const [projects, plan] = await Promise.all([
    all('/api/projects', { client: client.id }),
    api.get(`/api/accounts/${encodeURIComponent(client.id)}/stage`).catch(() => null),
  ]);
  const stage = plan?.stage ?? client.stage;
  const revenue = [...client.revenue].sort((a, b) => a.month.localeCompare(b.month)).slice(-24);
  const ttm = revenue.slice(-12).reduce((n, r) => n + r.amount, 0);
  return [
    h('div', { class: 'page-head' }, h('div', {}, h('h1', {}, heading), h('span', { class: 'muted' }, client.industry ?? '')), tierBadge(client.tier)),
    pendingTierNotice(client, user()),
    h('div', { class: 'grid three' },
      h('section', { class: 'card', 'aria-labelledby': 'acct' }, h('h2', { id: 'acct' }, 'Account'),
        h('dl', { class: 'facts' },
          h('dt', {}, 'Tier'), h('dd', {}, client.tier),
          h('dt', {}, 'Stage'), h('dd', { 'data-testid': 'stage' }, isFirm(user()) ? h('a', { href: `/key-accounts/stages/${encodeURIComponent(client.id)}` }, stageLabel(stage)) : stageLabel(stage),
            plan?.stillToProve.length ? h('div', { class: 'muted' }, `still to prove: ${plan.stillToProve.map(stageLabel).join(', ')}`) : null),
          h('dt', {}, 'Revenue, 12 months'), h('dd', {}, formatMoney(ttm)),
          h('dt', {}, 'Dedicated partner'), h('dd', { 'data-testid': 'partner' }, client.dedicatedPartner ?? 'none'),
          client.strategic ? [h('dt', {}, 'Strategic because'), h('dd', {}, `${client.strategic.reason} (review ${client.strategic.reviewDate})`)] : null)),
      h('section', { class: 'card', style: 'grid-column: span 2', 'aria-labelledby': 'rev' }, h('h2', { id: 'rev' }, 'Monthly revenue'),
        sparkline(revenue.map(r => ({ label: r.month.slice(0, 7), value: r.amount })), { title: `Monthly revenue of ${heading}, last ${revenue.length} months`, format: formatMoney }))),
    extra,
    opportunitiesSection(client, user()),
    h('section', { class: 'card', style: 'margin-top:1rem', 'aria-labelledby': 'projects' }, h('h2', { id: 'projects' }, 'Projects'),
      projects.length === 0 ? h('p', { class: 'muted' }, 'No projects.') :
        h('div', { class: 'table-wrap' }, h('table', {},
          h('thead', {}, h('tr', {}, h('th', {}, 'Project'), h('th', {}, 'Region'), h('th', {}, 'Status'), h('th', { class: 'num' }, 'Team'))),
          h('tbody', {}, projects.map(p => h('tr', {},
            h('td', {}, h('a', { href: `/projects/${encodeURIComponent(p.id)}` }, p.name ?? p.id)),
            h('td', {}, p.remote ? `${p.region} (remote)` : p.region), h('td', {}, p.status),
            h('td', { class: 'num' }, `${p.filled} of ${p.seats} (${percent(p.filled, p.seats)})`))))))),
    client.returned.length || client.tierHistory.length ? h('div', { class: 'grid two', style: 'margin-top:1rem' },
      h('section', { class: 'card', 'aria-labelledby': 'returns' }, h('h2', { id: 'returns' }, 'Consultants returned'),
        client.returned.length === 0 ? h('p', { class: 'muted' }, 'None.') :
          h('ul', {}, client.returned.map(r => h('li', {}, `${r.date}: ${r.staffId} — ${r.reason}`)))),
      h('section', { class: 'card', 'aria-labelledby': 'tiers' }, h('h2', { id: 'tiers' }, 'Tier history'),
        client.tierHistory.length === 0 ? h('p', { class: 'muted' }, 'Unchanged.') :
          h('ul', {}, client.tierHistory.map(t => h('li', {}, `${t.date}: ${t.from} → ${t.to} (${t.reason})`))))) : null,
    auditSection({ client: client.id }),
  ];
}
