// One project's team: a Gantt of its seats and the table of holders.
import { h, replace } from '../dom.js';
import { api, ApiError } from '../api.js';
import { teamGantt } from '../charts/gantt.js';
import { gradeLabel, weeks } from '../ui/format.js';
import { notFound } from '../ui/problem.js';

export const projectPage = {
  title: 'Project',
  async render(view, { id }) {
    let team;
    try {
      team = await api.get(`/api/projects/${encodeURIComponent(id)}/team`);
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) { replace(view, notFound('Project', id)); return; }
      throw e;
    }
    document.title = `${team.name ?? team.project} · Staffing`;
    const filled = team.seats.filter(x => x.holder).length;
    replace(view,
      h('div', { class: 'page-head' },
        h('div', {}, h('h1', {}, team.name ?? team.project),
          h('span', { class: 'muted' }, 'Client ', h('a', { href: `/clients/${encodeURIComponent(team.clientId)}` }, team.clientId), ` · ${team.project}`)),
        h('span', { class: 'muted', 'data-testid': 'team-count' }, `${filled} of ${team.seats.length} seats filled`)),
      team.seats.length
        ? h('section', { class: 'card', 'aria-labelledby': 'gantt' }, h('h2', { id: 'gantt' }, 'Team plan'),
          teamGantt(team.seats, { title: `Seats of ${team.name ?? team.project} over the weeks` }),
          h('div', { class: 'legend' }, h('span', {}, h('i', { style: 'background:var(--accent)' }), 'held'), h('span', {}, h('i', { style: 'border:1px dashed var(--danger)' }), 'vacant')))
        : h('p', { class: 'muted' }, 'This project has no seats yet.'),
      h('section', { class: 'card', style: 'margin-top:1rem', 'aria-labelledby': 'team' }, h('h2', { id: 'team' }, 'Team'),
        h('div', { class: 'table-wrap' }, h('table', { 'aria-label': 'Team' },
          h('thead', {}, h('tr', {}, h('th', {}, 'Seat'), h('th', {}, 'Role'), h('th', {}, 'Holder'), h('th', {}, 'Grade'), h('th', {}, 'Region'),
            h('th', { class: 'num' }, 'Load'), h('th', {}, 'Weeks'))),
          h('tbody', {}, team.seats.map(seat => h('tr', { 'data-seat': seat.seat },
            h('td', {}, seat.seat), h('td', {}, seat.role ?? '', seat.pick ? h('span', { class: 'tag' }, 'client pick') : null, seat.pinned ? h('span', { class: 'tag' }, 'pinned') : null),
            h('td', { class: 'holder' }, seat.holder ? seat.holder.name ?? seat.holder.id : h('span', { class: 'vacant' }, 'vacant')),
            h('td', {}, gradeLabel(seat.holder?.grade)), h('td', {}, seat.holder?.region ?? ''),
            h('td', { class: 'num' }, `${seat.load}%`), h('td', {}, weeks(seat.start, seat.end)))))))));
  },
};
