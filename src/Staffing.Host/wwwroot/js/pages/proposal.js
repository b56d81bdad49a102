// One proposal: live progress while solving, then the diff per seat with its explanation and alternatives;
// approve some or all, reject with a reason, or pin a person and re-solve.
import { h, replace, announce } from '../dom.js';
import { api, all, ApiError } from '../api.js';
import { solveProgress } from '../ui/progress.js';
import { formatNumber, weeks } from '../ui/format.js';
import { field, textInput } from '../ui/forms.js';
import { notFound, problemBox, markFields } from '../ui/problem.js';

let stream = null;
let people = null;
let notice = null; // shown once after the page re-renders, e.g. what an approval booked

export const proposalPage = {
  title: 'Proposal',
  async render(view, { id }, user, ctx) {
    stream?.close();
    let proposal;
    try {
      proposal = await api.get(`/api/proposals/${encodeURIComponent(id)}`);
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) { replace(view, notFound('Proposal', id)); return; }
      throw e;
    }
    const head = header(proposal);
    if (proposal.status === 'solving') {
      stream = solveProgress(proposal.id, proposal.request.timeLimitSeconds || 10);
      replace(view, head, stream.panel);
      await stream.done;
      if (location.pathname === `/proposals/${id}`) await proposalPage.render(view, { id }, user, ctx);
      return;
    }
    people ??= new Map((await all('/api/staff')).map(p => [p.id, p]));
    const messages = h('div', { 'aria-live': 'assertive' }, notice);
    notice = null;
    const rerender = () => proposalPage.render(view, { id }, user, ctx);
    replace(view, head, messages,
      proposal.status === 'failed' ? problemBox(new ApiError(500, { title: 'The solve failed', detail: proposal.error })) : null,
      proposal.result ? [summary(proposal), diff(proposal, messages, rerender, ctx)] : null);
  },
};

const name = staff => (staff ? people.get(staff)?.name ?? staff : null);

function header(p) {
  const scope = p.request.scopeId ? `${p.request.scope} ${p.request.scopeId}` : p.request.scope;
  return h('div', { class: 'page-head' },
    h('div', {}, h('h1', {}, `Proposal ${p.id}`),
      h('span', { class: 'muted' }, `${scope} · asked by ${p.request.requestedBy} · ${new Date(p.createdAt).toLocaleString()}`,
        p.request.revises ? [' · revises ', h('a', { href: `/proposals/${encodeURIComponent(p.request.revises)}` }, p.request.revises)] : null,
        p.supersededBy ? [' · superseded by ', h('a', { href: `/proposals/${encodeURIComponent(p.supersededBy)}` }, p.supersededBy)] : null)),
    h('span', { class: `status ${p.status}`, 'data-testid': 'proposal-status' }, p.status));
}

function summary(p) {
  const r = p.result;
  const fact = (label, value) => h('div', { class: 'card' }, h('div', { class: 'stat-label' }, label), h('div', { class: 'stat' }, value));
  return [
    h('div', { class: 'grid four' },
      fact('Plan', r.planStatus), fact('Objective', r.objective == null ? '—' : formatNumber(r.objective)),
      fact('Changes', `${r.changes.length} (${r.disruptions} people moved)`), fact('Solve time', `${r.seconds.toFixed(1)} s`)),
    p.decisionReason ? h('p', { class: 'notice' }, `Decision by ${p.decidedBy}: ${p.decisionReason}`) : null,
    r.conflicts.length ? h('div', { class: 'problem' }, h('h2', {}, 'Rules the solver could not satisfy'), h('ul', {}, r.conflicts.map(c => h('li', {}, c)))) : null,
    p.staleSeats.length ? h('div', { class: 'problem' }, h('h2', {}, 'Seats that changed since the proposal'), h('ul', {}, p.staleSeats.map(s => h('li', {}, `${s.seat}: ${s.reason}`)))) : null,
  ];
}

function diff(p, messages, rerender, { navigate }) {
  const open = p.status === 'ready' || p.status === 'partly-approved';
  const changed = p.result.seats.filter(s => s.current !== s.staff);
  const unchanged = p.result.seats.length - changed.length;
  const boxes = [];
  const row = seat => {
    const box = open && !seat.approved ? h('input', { type: 'checkbox', value: seat.seat, 'aria-label': `Select seat ${seat.seat}` }) : null;
    if (box) boxes.push(box);
    return h('tr', { 'data-seat': seat.seat },
      h('td', {}, box ?? (seat.approved ? h('span', { class: 'ok', title: 'approved' }, '✓') : null)),
      h('td', {}, h('a', { href: `/projects/${encodeURIComponent(seat.project)}` }, seat.project), h('div', { class: 'muted' }, seat.seat)),
      h('td', {}, `${weeks(seat.start, seat.end)} at ${seat.load}%`),
      h('td', { class: 'change' },
        h('span', { class: 'from' }, name(seat.current) ?? 'vacant'), ' → ',
        h('strong', { class: 'to' }, name(seat.staff) ?? 'vacant'),
        seat.fixed ? h('span', { class: 'tag' }, seat.fixed) : null),
      h('td', {}, explanation(seat)),
      h('td', {}, alternatives(p, seat, open, messages, navigate)));
  };
  const approve = async seats => {
    try {
      const outcome = await api.post(`/api/proposals/${encodeURIComponent(p.id)}/approve`, seats ? { seats } : {});
      announce(`${outcome.approved.length} seats approved`);
      const projects = [...new Set(p.result.seats.filter(s => outcome.approved.includes(s.seat)).map(s => s.project))];
      notice = h('p', { class: 'notice', role: 'status' },
        `${outcome.approved.length} seats booked. Teams: `, projects.map((id, i) => [i ? ', ' : '', h('a', { href: `/projects/${encodeURIComponent(id)}` }, id)]));
      await rerender();
    } catch (e) { replace(messages, problemBox(e)); }
  };
  const reason = textInput('reason', { size: 40 });
  const reject = h('form', { class: 'filters', 'aria-label': 'Reject the proposal' }, field('Reason for rejecting', reason), h('button', { type: 'submit', class: 'danger' }, 'Reject'));
  reject.addEventListener('submit', async e => {
    e.preventDefault();
    try { await api.post(`/api/proposals/${encodeURIComponent(p.id)}/reject`, { reason: reason.value.trim() }); announce('Proposal rejected'); await rerender(); } catch (err) { markFields(reject, err); replace(messages, problemBox(err)); }
  });
  return h('section', { class: 'card', style: 'margin-top:1rem', 'aria-labelledby': 'diff' },
    h('h2', { id: 'diff' }, `Seat changes (${changed.length}; ${unchanged} seats keep their holder)`),
    open ? h('div', { class: 'actions' },
      h('button', { type: 'button', onclick: () => {
        const seats = boxes.filter(b => b.checked).map(b => b.value);
        // The API reads an empty list as "all seats", so an empty selection must not reach it.
        if (seats.length === 0) replace(messages, problemBox(new ApiError(400, { title: 'No seat selected', detail: 'Tick the seats to approve, or use Approve all.' })));
        else approve(seats);
      } }, 'Approve selected'),
      h('button', { type: 'button', class: 'secondary', onclick: () => approve(null) }, 'Approve all')) : null,
    changed.length === 0 ? h('p', { class: 'muted' }, 'The proposal keeps every team as it is.') :
      h('div', { class: 'table-wrap' }, h('table', { 'aria-label': 'Proposed seat changes' },
        h('thead', {}, h('tr', {}, h('th', {}, h('span', { class: 'visually-hidden' }, 'Select')), h('th', {}, 'Seat'), h('th', {}, 'Weeks'),
          h('th', {}, 'Today → proposed'), h('th', {}, 'Why'), h('th', {}, 'Alternatives'))),
        h('tbody', {}, changed.map(row)))),
    open ? reject : null);
}

function explanation(seat) {
  if (seat.unfilledReason) return h('span', { class: 'vacant' }, seat.unfilledReason);
  const terms = Object.entries(seat.terms ?? {}).filter(([, v]) => v !== 0);
  return [
    seat.continuity ? h('div', {}, seat.continuity) : null,
    terms.length ? h('div', { class: 'muted' }, terms.map(([k, v]) => `${k} ${formatNumber(v)}`).join(' · ')) : null,
  ];
}

function alternatives(p, seat, open, messages, navigate) {
  if (!seat.runnersUp?.length) return h('span', { class: 'muted' }, 'none');
  return h('ul', { class: 'alternatives' }, seat.runnersUp.map(r => h('li', {},
    `${name(r.staff)} (+${formatNumber(r.costDifference)})`, r.note ? h('span', { class: 'muted' }, ` ${r.note}`) : null,
    open ? h('button', { type: 'button', class: 'link', 'aria-label': `Pin ${name(r.staff)} on ${seat.seat} and re-solve`, onclick: async () => {
      try {
        const revision = await api.post(`/api/proposals/${encodeURIComponent(p.id)}/pin`, { seat: seat.seat, staff: r.staff });
        navigate(`/proposals/${encodeURIComponent(revision.id)}`);
      } catch (e) { replace(messages, problemBox(e)); }
    } }, 'Pin') : null)));
}
