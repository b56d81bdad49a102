// The resource manager's queue: open returns and picks, soonest due first, with live service-level clocks.
import { h, replace } from '../dom.js';
import { api, query } from '../api.js';
import { slaClock } from '../ui/clock.js';
import { staffNamer } from '../ui/people.js';

export const queuePage = {
  title: 'Queue',
  async render(view, _params, user) {
    const [queue, name] = await Promise.all([api.get('/api/queue' + query({ pageSize: 200 })), staffNamer(user)]);
    const link = item => item.kind === 'return' ? `/returns/${encodeURIComponent(item.id)}` : `/picks/${encodeURIComponent(item.id)}`;
    replace(view,
      h('div', { class: 'page-head' }, h('h1', {}, 'Queue'), h('span', { class: 'muted' }, `${queue.total} open requests`)),
      queue.items.length === 0 ? h('p', { class: 'muted' }, 'Nothing waiting: no open returns or picks.') :
        h('div', { class: 'table-wrap' }, h('table', { 'aria-label': 'Open returns and picks' },
          h('thead', {}, h('tr', {}, h('th', {}, 'Request'), h('th', {}, 'Client'), h('th', {}, 'Project / seat'), h('th', {}, 'Consultant'),
            h('th', {}, 'Status'), h('th', {}, 'Service level'), h('th', {}, 'Escalated'))),
          h('tbody', {}, queue.items.map(item => h('tr', { 'data-id': item.id },
            h('td', {}, h('a', { href: link(item) }, `${item.kind} ${item.id}`), item.summary ? h('div', { class: 'muted' }, item.summary) : null),
            h('td', {}, item.client ? h('a', { href: `/clients/${encodeURIComponent(item.client)}` }, item.client) : ''),
            h('td', {}, item.project ? h('a', { href: `/projects/${encodeURIComponent(item.project)}` }, item.project) : '', item.seat ? h('div', { class: 'muted' }, item.seat) : null),
            h('td', {}, name(item.staff) ?? ''),
            h('td', {}, h('span', { class: `status ${item.status}` }, item.status)),
            h('td', {}, slaClock(item.dueAt)),
            h('td', {}, item.escalated ? h('strong', { class: 'vacant' }, `yes${item.partner ? ` (partner ${item.partner})` : ''}`) : 'no')))))));
  },
};
