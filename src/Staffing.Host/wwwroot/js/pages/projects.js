// Projects list: firm users see every project, a client user its own client's.
import { h, replace } from '../dom.js';
import { all, query } from '../api.js';
import { percent } from '../ui/format.js';
import { field, select } from '../ui/forms.js';

export const projectsPage = {
  title: 'Projects',
  async render(view) {
    const status = new URLSearchParams(location.search).get('status') ?? '';
    const projects = await all('/api/projects', { status });
    const statusSelect = select('status', [['', 'All'], ['active', 'Active'], ['pipeline', 'Pipeline'], ['closed', 'Closed']]);
    statusSelect.value = status;
    statusSelect.addEventListener('change', () => {
      history.replaceState(null, '', '/projects' + query({ status: statusSelect.value }));
      projectsPage.render(view);
    });
    replace(view,
      h('div', { class: 'page-head' }, h('h1', {}, 'Projects'), h('span', { class: 'muted' }, `${projects.length} projects`)),
      h('form', { class: 'filters', onsubmit: e => e.preventDefault() }, field('Status', statusSelect)),
      h('div', { class: 'table-wrap' }, h('table', {},
        h('thead', {}, h('tr', {}, h('th', {}, 'Project'), h('th', {}, 'Client'), h('th', {}, 'Region'), h('th', {}, 'Status'),
          h('th', { class: 'num' }, 'Seats'), h('th', { class: 'num' }, 'Filled'))),
        h('tbody', {}, projects.map(p => h('tr', {},
          h('td', {}, h('a', { href: `/projects/${encodeURIComponent(p.id)}` }, p.name ?? p.id)),
          h('td', {}, h('a', { href: `/clients/${encodeURIComponent(p.clientId)}` }, p.clientId)),
          h('td', {}, p.remote ? `${p.region} (remote)` : p.region),
          h('td', {}, p.status),
          h('td', { class: 'num' }, p.seats),
          h('td', { class: 'num' }, `${p.filled} (${percent(p.filled, p.seats)})`)))))));
  },
};
