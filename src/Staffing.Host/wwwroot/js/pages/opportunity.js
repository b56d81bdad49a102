// One opportunity: its milestones over the weeks, which departments take part at each, what they deliver and
// who holds their seats on the pursuit team; managers move it to the next milestone, to won or to lost.
import { h, replace, announce } from '../dom.js';
import { api, ApiError } from '../api.js';
import { isManager } from '../session.js';
import { pursuitTimeline } from '../charts/pursuit-timeline.js';
import { formatMoney, gradeLabel, stageLabel, weeks } from '../ui/format.js';
import { field, select } from '../ui/forms.js';
import { notFound, problemBox } from '../ui/problem.js';
import { keyAccountTabs } from '../ui/key-account-tabs.js';
import { milestones, milestoneState } from './opportunities.js';

let notice = null; // shown once after the page re-renders: what the last action did

export const opportunityPage = {
  title: 'Opportunity',
  async render(view, { id }, user) {
    let o;
    try {
      o = await api.get(`/api/opportunities/${encodeURIComponent(id)}`);
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) { replace(view, notFound('Opportunity', id)); return; }
      throw e;
    }
    if (view.isConnected) document.title = `${o.name} · Staffing`;
    const messages = h('div', { 'aria-live': 'assertive' }, notice);
    notice = null;
    const closed = o.milestone === 'won' || o.milestone === 'lost';
    const client = await api.get(`/api/clients/${encodeURIComponent(o.clientId)}`).catch(() => null);
    replace(view,
      keyAccountTabs(user),
      h('div', { class: 'page-head' },
        h('div', {}, h('h1', {}, o.name),
          h('span', { class: 'muted' }, h('a', { href: `/clients/${encodeURIComponent(o.clientId)}` }, client?.name ?? o.clientId),
            ` · expected value ${formatMoney(o.value)} · pursuit team `, h('a', { href: `/projects/${encodeURIComponent(o.projectId)}` }, o.projectId))),
        h('span', { class: `status ${milestoneState(o.milestone)}`, 'data-testid': 'milestone' }, stageLabel(o.milestone))),
      messages,
      h('div', { class: 'grid three' },
        h('section', { class: 'card', style: 'grid-column: span 2', 'aria-labelledby': 'timeline' }, h('h2', { id: 'timeline' }, 'Milestones and departments'),
          pursuitTimeline(o.milestones.map(m => ({
            label: stageLabel(m.milestone), state: m.state, start: m.startWeek, end: m.endWeek,
            departments: [...new Set(m.participants.map(p => departmentLabel(p.department)))],
          })), { title: `Milestones of ${o.name} over the planning weeks, with the departments taking part` }),
          h('div', { class: 'legend' }, ['done', 'current', 'upcoming', 'skipped'].map(s => h('span', {}, h('i', { class: `swatch ${s}` }), s)))),
        h('section', { class: 'card', 'aria-labelledby': 'progress' }, h('h2', { id: 'progress' }, 'Progress'),
          h('ol', { class: 'milestone-steps' }, o.milestones.map(m => h('li', { class: m.state },
            h('strong', {}, stageLabel(m.milestone)), ' ', h('span', { class: 'muted' }, m.reachedOn ? `reached ${m.reachedOn}` : m.state))),
            closed ? h('li', { class: o.milestone }, h('strong', {}, stageLabel(o.milestone))) : null),
          isManager(user) && !closed ? advanceForm(o, messages, () => opportunityPage.render(view, { id }, user)) : null)),
      o.milestones.map(m => milestoneSection(m, o.milestone === 'lost')));
  },
};

/** lost: the pursuit team is closed, so an empty seat was released rather than left open. */
function milestoneSection(m, lost) {
  const staffed = m.participants.filter(p => p.holder).length;
  const label = stageLabel(m.milestone);
  return h('section', { class: `card milestone ${m.state}`, style: 'margin-top:1rem', 'aria-label': `${label} milestone`, 'data-milestone': m.milestone },
    h('div', { class: 'page-head', style: 'margin-bottom:.5rem' },
      h('div', {}, h('h2', {}, label),
        h('span', { class: 'muted' }, `${weeks(m.startWeek, m.endWeek)}`, m.reachedOn ? ` · reached ${m.reachedOn}` : '',
          ` · ${staffed} of ${m.participants.length} seats staffed`)),
      h('span', { class: `status ${m.state}` }, m.state)),
    h('div', { class: 'table-wrap' }, h('table', { 'aria-label': `Who takes part at ${label}` },
      h('thead', {}, h('tr', {}, h('th', {}, 'Department'), h('th', {}, 'Role'), h('th', {}, 'Grade'), h('th', { class: 'num' }, 'Load'),
        h('th', {}, 'Delivers'), h('th', {}, 'Who'))),
      h('tbody', {}, m.participants.map(p => h('tr', { 'data-seat': p.seat },
        h('td', {}, h('span', { class: 'tag department' }, departmentLabel(p.department))),
        h('td', {}, p.role), h('td', { class: 'nowrap' }, `${gradeLabel(p.minGrade)} or above`), h('td', { class: 'num' }, `${p.load}%`),
        h('td', {}, p.deliverable),
        h('td', {}, p.holder ? [p.holder.name ?? p.holder.id, h('div', { class: 'muted' }, `${p.holder.id} · ${p.holder.department ?? ''}`)]
          : lost ? h('span', { class: 'muted' }, 'released')
            : m.state === 'upcoming' || m.state === 'skipped' ? h('span', { class: 'muted' }, 'not yet staffed')
            : h('span', { class: 'vacant', title: 'open seat on the pursuit team' }, 'vacant'))))))));
}

const departmentLabel = d => (d === 'rnd' ? 'R&D' : d.charAt(0).toUpperCase() + d.slice(1));

function advanceForm(o, messages, rerender) {
  const at = milestones.indexOf(o.milestone);
  const options = [
    o.milestone === 'negotiation' ? ['won', 'Won'] : [milestones[at + 1], `Next: ${stageLabel(milestones[at + 1])}`],
    ['lost', 'Lost'],
  ];
  const choice = select('milestone', options);
  const form = h('form', { class: 'filters', style: 'margin:1rem 0 0', 'aria-label': 'Move the opportunity' },
    field('Move to', choice), h('button', { type: 'submit' }, 'Move'));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    try {
      const after = await api.post(`/api/opportunities/${encodeURIComponent(o.id)}/milestone`, { milestone: choice.value });
      const reached = after.milestones.find(m => m.milestone === after.milestone);
      const text = `${o.name} moved to ${stageLabel(after.milestone)}.` +
        (reached ? ` ${reached.participants.length} seats added to the pursuit team.` : '');
      notice = h('p', { class: 'notice', role: 'status' }, text);
      announce(text);
      await rerender();
    } catch (err) { replace(messages, problemBox(err)); }
  });
  return form;
}
