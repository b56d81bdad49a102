// One return: who was sent back and why, the service-level clock, replacement candidates; a manager approves one.
import { h, replace, announce } from '../dom.js';
import { api, ApiError } from '../api.js';
import { isManager } from '../session.js';
import { slaClock } from '../ui/clock.js';
import { staffNamer } from '../ui/people.js';
import { formatNumber } from '../ui/format.js';
import { notFound, problemBox } from '../ui/problem.js';

export const returnPage = {
  title: 'Return',
  async render(view, { id }, user) {
    let r;
    try {
      r = await api.get(`/api/returns/${encodeURIComponent(id)}`);
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) { replace(view, notFound('Return', id)); return; }
      throw e;
    }
    const name = await staffNamer(user);
    const messages = h('div', { 'aria-live': 'assertive' });
    const approve = async staff => {
      try {
        await api.post(`/api/returns/${encodeURIComponent(id)}/approve`, { staff });
        announce(`Replacement ${staff} approved`);
        await returnPage.render(view, { id }, user);
      } catch (e) { replace(messages, problemBox(e)); }
    };
    const req = r.request;
    replace(view,
      h('div', { class: 'page-head' }, h('div', {}, h('h1', {}, `Return ${r.id}`),
        h('span', { class: 'muted' }, 'Project ', h('a', { href: `/projects/${encodeURIComponent(req.project)}` }, req.project), ` · seat ${req.seat}`)),
        h('span', { class: `status ${r.status}`, 'data-testid': 'return-status' }, r.status)),
      messages,
      h('div', { class: 'grid two' },
        h('section', { class: 'card', 'aria-labelledby': 'req' }, h('h2', { id: 'req' }, 'Request'),
          h('dl', { class: 'facts' },
            h('dt', {}, 'Consultant returned'), h('dd', {}, name(req.staff)),
            h('dt', {}, 'Reason'), h('dd', {}, req.reason),
            h('dt', {}, 'Requested by'), h('dd', {}, `${req.requestedBy} on ${new Date(r.createdAt).toLocaleString()}`),
            h('dt', {}, 'Service level'), h('dd', {}, r.status === 'open' ? slaClock(r.dueAt) : 'met'),
            h('dt', {}, 'Escalated'), h('dd', {}, r.escalated ? `yes, to partner ${r.partner ?? ''}` : 'no'))),
        h('section', { class: 'card', 'aria-labelledby': 'outcome' }, h('h2', { id: 'outcome' }, 'Replacement'),
          r.replacement
            ? h('p', { 'data-testid': 'replacement' }, `${name(r.replacement)} approved by ${r.approvedBy} on ${new Date(r.approvedAt).toLocaleString()}.`)
            : h('p', { class: 'muted' }, 'Waiting for a resource manager to approve a replacement.'))),
      h('section', { class: 'card', style: 'margin-top:1rem', 'aria-labelledby': 'cands' }, h('h2', { id: 'cands' }, 'Replacement candidates'),
        r.candidatesNote ? h('p', { class: 'muted' }, r.candidatesNote) : null,
        r.candidates.length === 0 ? h('p', { class: 'muted' }, 'No candidate fits the seat.') :
          h('div', { class: 'table-wrap' }, h('table', { 'aria-label': 'Replacement candidates' },
            h('thead', {}, h('tr', {}, h('th', {}, 'Consultant'), h('th', { class: 'num' }, 'Extra cost'), h('th', {}, 'Why'),
              isManager(user) && r.status === 'open' ? h('th', {}, h('span', { class: 'visually-hidden' }, 'Approve')) : null)),
            h('tbody', {}, r.candidates.map(c => h('tr', {},
              h('td', {}, name(c.staff)), h('td', { class: 'num' }, formatNumber(c.costDifference)),
              h('td', {}, c.note ?? '', h('div', { class: 'muted' }, Object.entries(c.terms ?? {}).filter(([, v]) => v).map(([k, v]) => `${k} ${formatNumber(v)}`).join(' · '))),
              isManager(user) && r.status === 'open' ? h('td', {}, h('button', { type: 'button', 'aria-label': `Approve ${name(c.staff)} as replacement`, onclick: () => approve(c.staff) }, 'Approve')) : null)))))));
  },
};
