// Sales opportunities: the pipeline by milestone, the list with filters, and (managers) opening a new one.
import { h, replace } from '../dom.js';
import { api, all, query } from '../api.js';
import { isManager } from '../session.js';
import { stageFunnel } from '../charts/funnel.js';
import { formatMoney, stageLabel } from '../ui/format.js';
import { field, select, textInput, numberInput, values } from '../ui/forms.js';
import { problemBox, markFields } from '../ui/problem.js';
import { clientNamer } from '../ui/clients.js';
import { keyAccountTabs } from '../ui/key-account-tabs.js';

let refocus = null;

export const milestones = ['first-contact', 'needs-analysis', 'solution-design', 'proposal', 'negotiation', 'won', 'lost'];

export const opportunitiesPage = {
  title: 'Opportunities',
  async render(view, params, user, { navigate }) {
    const search = new URLSearchParams(location.search);
    const filter = { milestone: search.get('milestone') ?? '', client: search.get('client') ?? '' };
    const [everything, name] = await Promise.all([all('/api/opportunities'), clientNamer()]);
    const shown = everything.filter(o => (!filter.milestone || o.milestone === filter.milestone) && (!filter.client || o.clientId === filter.client));
    const form = h('form', { class: 'filters', 'aria-label': 'Opportunity filters' },
      field('Milestone', select('milestone', [['', 'Any milestone'], ...milestones.map(m => [m, stageLabel(m)])])),
      field('Client', select('client', [['', 'Any client'], ...name.entries])));
    form.milestone.value = filter.milestone;
    form.client.value = filter.client;
    form.addEventListener('change', e => {
      refocus = e.target.name;
      navigate('/key-accounts/opportunities' + query(values(form)), { replace: true });
    });
    const open = milestones.slice(0, 5).map(m => everything.filter(o => o.milestone === m));
    const sum = list => list.reduce((n, o) => n + o.value, 0);
    const won = everything.filter(o => o.milestone === 'won'), lost = everything.filter(o => o.milestone === 'lost');
    replace(view,
      keyAccountTabs(user),
      h('div', { class: 'page-head' }, h('h1', {}, 'Opportunities'),
        h('span', { class: 'muted' }, `${everything.length} opportunities; open pipeline ${formatMoney(sum(open.flat()))}`)),
      h('div', { class: 'grid three' },
        h('section', { class: 'card', style: 'grid-column: span 2', 'aria-labelledby': 'pipeline' }, h('h2', { id: 'pipeline' }, 'Open pipeline by milestone'),
          stageFunnel(open.map((list, i) => ({ label: stageLabel(milestones[i]), proof: `${formatMoney(sum(list))} expected value`, count: list.length })),
            { title: 'Open opportunities per milestone, from first contact to negotiation' })),
        h('section', { class: 'card', 'aria-labelledby': 'outcomes' }, h('h2', { id: 'outcomes' }, 'Outcomes'),
          h('dl', { class: 'facts' },
            h('dt', {}, 'Won'), h('dd', {}, `${won.length} · ${formatMoney(sum(won))}`),
            h('dt', {}, 'Lost'), h('dd', {}, `${lost.length} · ${formatMoney(sum(lost))}`),
            h('dt', {}, 'Win rate'), h('dd', {}, won.length + lost.length ? `${Math.round((100 * won.length) / (won.length + lost.length))}% of closed` : '–')),
          isManager(user) ? openForm(name, navigate) : null)),
      h('section', { class: 'card', style: 'margin-top:1rem', 'aria-labelledby': 'list' },
        h('h2', { id: 'list' }, `Opportunities (${shown.length})`), form,
        shown.length === 0 ? h('p', { class: 'muted' }, 'No opportunity matches.') :
          h('div', { class: 'table-wrap' }, h('table', { 'aria-label': 'Opportunities' },
            h('thead', {}, h('tr', {}, h('th', {}, 'Opportunity'), h('th', {}, 'Client'), h('th', { class: 'num' }, 'Value'), h('th', {}, 'Milestone'),
              h('th', {}, 'Opened'), h('th', {}, 'Pursuit team'))),
            h('tbody', {}, shown.map(o => h('tr', {},
              h('td', {}, h('a', { href: `/key-accounts/opportunities/${encodeURIComponent(o.id)}` }, o.name)),
              h('td', {}, h('a', { href: `/clients/${encodeURIComponent(o.clientId)}` }, name(o.clientId))),
              h('td', { class: 'num' }, formatMoney(o.value)),
              h('td', {}, h('span', { class: `status ${milestoneState(o.milestone)}` }, stageLabel(o.milestone))),
              h('td', { class: 'nowrap' }, o.openedOn),
              h('td', {}, h('a', { href: `/projects/${encodeURIComponent(o.projectId)}` }, o.projectId)))))))));
    // A filter change re-renders the page; keyboard users stay on the filter they changed.
    if (refocus) form.elements[refocus]?.focus();
    refocus = null;
  },
};

/** The status colour of a milestone in lists: open ones are current, won and lost their own. */
export const milestoneState = m => (m === 'won' || m === 'lost' ? m : 'current');

function openForm(name, navigate) {
  const messages = h('div', { 'aria-live': 'assertive' });
  const form = h('form', { class: 'stack', 'aria-label': 'Open an opportunity' },
    field('Client', select('clientId', name.entries)),
    field('Name', textInput('name', { required: true, placeholder: 'e.g. Finance transformation wave 2' })),
    field('Expected value ($)', numberInput('value', { min: 0, step: 100000, required: true })),
    h('div', {}, h('button', { type: 'submit' }, 'Open opportunity')));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const body = values(form);
    try {
      const opened = await api.post('/api/opportunities', { ...body, value: body.value === undefined ? null : Number(body.value) });
      navigate(`/key-accounts/opportunities/${encodeURIComponent(opened.id)}`);
    } catch (err) {
      markFields(form, err);
      replace(messages, problemBox(err));
    }
  });
  return h('div', { style: 'margin-top:1rem' }, h('h3', {}, 'Open an opportunity'), messages, form);
}
