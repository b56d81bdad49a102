// The decisions trail of a client, project or consultant (GET /api/audit): who decided what, when and why.
import { h, replace } from '../dom.js';
import { api, query } from '../api.js';
import { problemBox } from './problem.js';

/** A section that fills itself once the trail arrives, so the page around it does not wait. */
export function auditSection(filter) {
  const body = h('div', {}, h('p', { class: 'muted' }, 'Loading decisions…'));
  const section = h('section', { class: 'card', style: 'margin-top:1rem', 'aria-labelledby': 'decisions' }, h('h2', { id: 'decisions' }, 'Decisions'), body);
  api.get('/api/audit' + query({ ...filter, pageSize: 20 })).then(trail => replace(body,
    trail.items.length === 0 ? h('p', { class: 'muted' }, 'No decisions recorded yet.') :
      h('div', { class: 'table-wrap' }, h('table', { 'aria-label': 'Decisions' },
        h('thead', {}, h('tr', {}, h('th', {}, 'When'), h('th', {}, 'Who'), h('th', {}, 'Decision'), h('th', {}, 'What'), h('th', {}, 'Why'))),
        h('tbody', {}, trail.items.map(e => h('tr', {},
          h('td', { class: 'nowrap' }, new Date(e.at).toLocaleString()), h('td', {}, e.actor), h('td', {}, e.action),
          h('td', {}, e.what), h('td', {}, e.reason ?? '')))))),
    trail.total > trail.items.length ? h('p', { class: 'muted' }, `The latest ${trail.items.length} of ${trail.total} decisions.`) : null),
  e => replace(body, problemBox(e)));
  return section;
}
