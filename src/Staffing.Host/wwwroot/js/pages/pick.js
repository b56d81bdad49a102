// One pick: the consultant a diamond client asked for, and the proposal that honours it or the clashes that stop it.
import { h, replace } from '../dom.js';
import { api, ApiError } from '../api.js';
import { isManager } from '../session.js';
import { slaClock } from '../ui/clock.js';
import { staffNamer } from '../ui/people.js';
import { notFound } from '../ui/problem.js';

export const pickPage = {
  title: 'Pick',
  async render(view, { id }, user) {
    let p;
    try {
      p = await api.get(`/api/picks/${encodeURIComponent(id)}`);
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) { replace(view, notFound('Pick', id)); return; }
      throw e;
    }
    const req = p.request;
    const name = await staffNamer(user);
    replace(view,
      h('div', { class: 'page-head' }, h('div', {}, h('h1', {}, `Pick ${p.id}`),
        h('span', { class: 'muted' }, 'Project ', h('a', { href: `/projects/${encodeURIComponent(req.project)}` }, req.project), ` · seat ${req.seat}`)),
        h('span', { class: `status ${p.status}` }, p.status)),
      h('section', { class: 'card' },
        h('dl', { class: 'facts' },
          h('dt', {}, 'Consultant picked'), h('dd', {}, name(req.staff)),
          h('dt', {}, 'Requested by'), h('dd', {}, `${req.requestedBy} on ${new Date(p.createdAt).toLocaleString()}`),
          h('dt', {}, 'Service level'), h('dd', {}, p.status === 'honoured' ? 'met' : slaClock(p.dueAt)),
          h('dt', {}, 'Proposal'), h('dd', {}, p.proposal ? (isManager(user) ? h('a', { href: `/proposals/${encodeURIComponent(p.proposal)}` }, p.proposal) : p.proposal) : 'none yet'),
          h('dt', {}, 'Escalated'), h('dd', {}, p.escalated ? `yes, to partner ${p.partner ?? ''}` : 'no'))),
      p.clashes.length ? h('div', { class: 'problem', style: 'margin-top:1rem' }, h('h2', {}, 'Why the pick cannot be honoured yet'), h('ul', {}, p.clashes.map(c => h('li', {}, c)))) : null,
      p.displaced.length ? h('section', { class: 'card', style: 'margin-top:1rem' }, h('h2', {}, 'People the pick moves'),
        h('ul', {}, p.displaced.map(d => h('li', {}, `${name(d.from) ?? 'vacant'} leaves ${d.seat} (${d.project})`)))) : null);
  },
};
