// A client user's requests: returns and picks with their status and service-level clocks.
import { h, replace } from '../dom.js';
import { api, query } from '../api.js';
import { slaClock } from '../ui/clock.js';

export const requestsPage = {
  title: 'My requests',
  async render(view) {
    const [returns, picks] = await Promise.all([api.get('/api/returns' + query({ pageSize: 100 })), api.get('/api/picks' + query({ pageSize: 100 }))]);
    replace(view,
      h('div', { class: 'page-head' }, h('h1', {}, 'My requests')),
      section('Returns', 'returns', returns.items, item => `/returns/${encodeURIComponent(item.id)}`),
      section('Picks', 'picks', picks.items, item => `/picks/${encodeURIComponent(item.id)}`));
  },
};

function section(title, id, items, link) {
  return h('section', { class: 'card', style: 'margin-bottom:1rem', 'aria-labelledby': id }, h('h2', { id }, title),
    items.length === 0 ? h('p', { class: 'muted' }, `No ${title.toLowerCase()} yet.`) :
      h('div', { class: 'table-wrap' }, h('table', { 'aria-label': title },
        h('thead', {}, h('tr', {}, h('th', {}, 'Request'), h('th', {}, 'Project / seat'), h('th', {}, 'Consultant'), h('th', {}, 'Status'), h('th', {}, 'Service level'))),
        h('tbody', {}, items.map(item => h('tr', {},
          h('td', {}, h('a', { href: link(item) }, item.id), h('div', { class: 'muted' }, new Date(item.createdAt).toLocaleString())),
          h('td', {}, item.project ? h('a', { href: `/projects/${encodeURIComponent(item.project)}` }, item.project) : '', h('div', { class: 'muted' }, item.seat ?? '')),
          h('td', {}, item.staff ?? ''),
          h('td', {}, h('span', { class: `status ${item.status}` }, item.status)),
          h('td', {}, item.open ? slaClock(item.dueAt) : 'closed')))))));
}
