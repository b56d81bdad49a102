// Open seats across the portfolio, highest tier first, with what each seat asks for.
import { h, replace } from '../dom.js';
import { api } from '../api.js';
import { tierBadge, gradeLabel, skillTags, weeks, tiers } from '../ui/format.js';
import { field, select } from '../ui/forms.js';

export const openSeatsPage = {
  title: 'Open seats',
  async render(view) {
    const seats = await api.get('/api/portal/open-seats');
    const tierFilter = select('tier', [['', 'All tiers'], ...tiers.map(t => [t, t])]);
    const body = h('tbody');
    const count = h('span', { class: 'muted', 'aria-live': 'polite' });
    const show = () => {
      const rows = seats.filter(x => !tierFilter.value || x.tier === tierFilter.value);
      count.textContent = `${rows.length} open seats`;
      replace(body, rows.map(x => h('tr', {},
        h('td', {}, tierBadge(x.tier)),
        h('td', {}, h('a', { href: `/clients/${encodeURIComponent(x.clientId)}` }, x.clientName ?? x.clientId)),
        h('td', {}, h('a', { href: `/projects/${encodeURIComponent(x.project)}` }, x.projectName ?? x.project)),
        h('td', {}, x.role ?? x.seat, x.pick ? h('span', { class: 'tag' }, `pick: ${x.pick}`) : null),
        h('td', {}, gradeLabel(x.minGrade) || '—'),
        h('td', {}, skillTags(x.skills)),
        h('td', { class: 'num' }, `${x.load}%`),
        h('td', {}, weeks(x.start, x.end)))));
    };
    tierFilter.addEventListener('change', show);
    show();
    replace(view,
      h('div', { class: 'page-head' }, h('h1', {}, 'Open seats'), count),
      h('form', { class: 'filters', onsubmit: e => e.preventDefault() }, field('Tier', tierFilter)),
      h('div', { class: 'table-wrap' }, h('table', {},
        h('thead', {}, h('tr', {}, ['Tier', 'Client', 'Project', 'Seat', 'Minimum grade', 'Skills', 'Load', 'Weeks'].map((t, i) => h('th', { class: i === 6 ? 'num' : null }, t)))),
        body)));
  },
};
