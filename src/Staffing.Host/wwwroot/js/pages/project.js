// One project's team: a Gantt of its seats and the table of holders; a client user returns a consultant or picks
// talent for a seat here; a resource manager asks for a proposal, or books and releases a seat by hand.
import { h, replace, announce } from '../dom.js';
import { api, ApiError } from '../api.js';
import { teamGantt } from '../charts/gantt.js';
import { gradeLabel, weeks } from '../ui/format.js';
import { notFound, problemBox, markFields } from '../ui/problem.js';
import { isClient, isManager } from '../session.js';
import { field, textInput } from '../ui/forms.js';
import { auditSection } from '../ui/audit.js';

export const projectPage = {
  title: 'Project',
  async render(view, { id }, user, { navigate }) {
    let team;
    try {
      team = await api.get(`/api/projects/${encodeURIComponent(id)}/team`);
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) { replace(view, notFound('Project', id)); return; }
      throw e;
    }
    if (view.isConnected) document.title = `${team.name ?? team.project} · Staffing`;
    const filled = team.seats.filter(x => x.holder).length;
    const messages = h('div', { 'aria-live': 'assertive' });
    const client = isClient(user);
    replace(view,
      h('div', { class: 'page-head' },
        h('div', {}, h('h1', {}, team.name ?? team.project),
          h('span', { class: 'muted' }, 'Client ', h('a', { href: `/clients/${encodeURIComponent(team.clientId)}` }, team.clientId), ` · ${team.project}`)),
        h('div', {}, h('span', { class: 'muted', 'data-testid': 'team-count' }, `${filled} of ${team.seats.length} seats filled`),
          isManager(user) ? [' ', h('a', { class: 'button', href: `/proposals?scope=project&id=${encodeURIComponent(team.project)}` }, 'Propose a team')] : null)),
      messages,
      team.seats.length
        ? h('section', { class: 'card', 'aria-labelledby': 'gantt' }, h('h2', { id: 'gantt' }, 'Team plan'),
          teamGantt(team.seats, { title: `Seats of ${team.name ?? team.project} over the weeks` }),
          h('div', { class: 'legend' }, h('span', {}, h('i', { style: 'background:var(--accent)' }), 'held'), h('span', {}, h('i', { style: 'border:1px dashed var(--danger)' }), 'vacant')))
        : h('p', { class: 'muted' }, 'This project has no seats yet.'),
      h('section', { class: 'card', style: 'margin-top:1rem', 'aria-labelledby': 'team' }, h('h2', { id: 'team' }, 'Team'),
        h('div', { class: 'table-wrap' }, h('table', { 'aria-label': 'Team' },
          h('thead', {}, h('tr', {}, h('th', {}, 'Seat'), h('th', {}, 'Role'), h('th', {}, 'Holder'), h('th', {}, 'Grade'), h('th', {}, 'Region'),
            h('th', { class: 'num' }, 'Load'), h('th', {}, 'Weeks'), client ? h('th', {}, 'Requests') : null, isManager(user) ? h('th', {}, 'Booking') : null)),
          h('tbody', {}, team.seats.map(seat => h('tr', { 'data-seat': seat.seat },
            h('td', {}, seat.seat), h('td', {}, seat.role ?? '', seat.pick ? h('span', { class: 'tag' }, 'client pick') : null, seat.pinned ? h('span', { class: 'tag' }, 'pinned') : null),
            h('td', { class: 'holder' }, seat.holder ? seat.holder.name ?? seat.holder.id : h('span', { class: 'vacant' }, 'vacant')),
            h('td', {}, gradeLabel(seat.holder?.grade)), h('td', {}, seat.holder?.region ?? ''),
            h('td', { class: 'num' }, `${seat.load}%`), h('td', {}, weeks(seat.start, seat.end)),
            client ? h('td', { class: 'requests' }, clientActions(team.project, seat, messages, navigate)) : null,
            isManager(user) ? h('td', {}, bookingControl(team.project, seat, messages, () => projectPage.render(view, { id }, user, { navigate }))) : null)))))),
      auditSection({ project: team.project }));
  },
};

/** A client user's requests on a seat: return its holder (with a reason) or pick a consultant for it. */
function clientActions(project, seat, messages, navigate) {
  const cell = h('div', {});
  const pick = h('a', { href: `/talent?project=${encodeURIComponent(project)}&seat=${encodeURIComponent(seat.seat)}` }, 'Pick talent');
  if (!seat.holder) return replaceWith(cell, pick);
  const holder = seat.holder.name ?? seat.holder.id;
  const open = h('button', { type: 'button', class: 'secondary', 'aria-label': `Return ${holder}`, onclick: () => {
    const reason = h('textarea', { name: 'reason', required: true, rows: 2 });
    const form = h('form', { class: 'return-form', novalidate: true }, field(`Why return ${holder}?`, reason),
      h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Send return'),
        h('button', { type: 'button', class: 'secondary', onclick: () => replaceWith(cell, open, ' ', pick) }, 'Cancel')));
    form.addEventListener('submit', async e => {
      e.preventDefault();
      try {
        const created = await api.postOnce('/api/returns', { project, seat: seat.seat, reason: reason.value.trim() });
        navigate(`/returns/${encodeURIComponent(created.id)}`);
      } catch (err) { markFields(form, err); replace(messages, problemBox(err)); }
    });
    replaceWith(cell, form);
    reason.focus();
  } }, 'Return…');
  return replaceWith(cell, open, ' ', pick);
}

function replaceWith(cell, ...children) {
  replace(cell, ...children);
  return cell;
}

/** Release a held seat, or book a person (by staff id) onto a vacant one; clashes come back as a problem. */
function bookingControl(project, seat, status, done) {
  const base = `/api/projects/${encodeURIComponent(project)}/seats/${encodeURIComponent(seat.seat)}/holder`;
  if (seat.holder) {
    return h('button', { type: 'button', class: 'danger', onclick: async () => {
      try { await api.del(base); announce(`Seat ${seat.seat} released`); await done(); } catch (e) { replace(status, problemBox(e)); }
    } }, 'Release');
  }
  const staff = textInput('staff', { size: 9, placeholder: 'staff id', required: true });
  const form = h('form', { class: 'inline' }, field(`Book onto ${seat.seat}`, staff), h('button', { type: 'submit', class: 'secondary' }, 'Book'));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    try { await api.put(base, { staff: staff.value.trim() }); announce(`Seat ${seat.seat} booked`); await done(); } catch (err) { markFields(form, err); replace(status, problemBox(err)); }
  });
  return form;
}
