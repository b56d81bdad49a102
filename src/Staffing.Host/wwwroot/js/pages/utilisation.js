// Utilisation heat map: who is booked how much, week by week (GET /api/portal/utilisation).
import { h, replace } from '../dom.js';
import { api, query } from '../api.js';
import { utilisationHeatmap, heatLegend } from '../charts/heatmap.js';
import { field, textInput, numberInput, values } from '../ui/forms.js';
import { problemBox, markFields } from '../ui/problem.js';

const pageSize = 60;

export const utilisationPage = {
  title: 'Utilisation',
  render(view) {
    const form = h('form', { class: 'filters', 'aria-label': 'Heat map filters' },
      field('Region', textInput('region', { size: 10 })),
      field('Department', textInput('department', { size: 12 })),
      field('From week', numberInput('from', { min: 0, value: 0, style: 'width:6rem' })),
      field('To week (excl.)', numberInput('to', { min: 1, value: 26, style: 'width:6rem' })),
      h('button', { type: 'submit' }, 'Show'));
    const out = h('div', { 'aria-live': 'polite' });
    const load = async (page = 1) => {
      try {
        const data = await api.get('/api/portal/utilisation' + query({ ...values(form), page, pageSize }));
        markFields(form);
        const people = data.people;
        const pages = Math.max(1, Math.ceil(people.total / pageSize));
        const booked = people.items.flatMap(p => p.load).reduce((a, b) => a + b, 0);
        const capacity = people.items.flatMap(p => p.capacity).reduce((a, b) => a + b, 0);
        replace(out,
          h('p', { class: 'muted' }, `${people.total} people, weeks ${data.from}–${data.to - 1}; this page booked ${capacity ? Math.round((100 * booked) / capacity) : 0}% of capacity`),
          h('div', { class: 'legend' }, heatLegend.map(([c, t]) => h('span', {}, h('i', { style: `background:${c};border:1px solid #c5ccd5` }), t))),
          h('div', { class: 'heat-wrap' }, people.items.length ? utilisationHeatmap(people.items, data.from, { title: 'Booked share of capacity per person and week' }) : h('p', { class: 'muted' }, 'Nobody matches.')),
          h('nav', { class: 'pager', 'aria-label': 'Heat map pages' },
            h('button', { type: 'button', class: 'secondary', disabled: page <= 1, onclick: () => load(page - 1) }, 'Previous'),
            h('span', {}, `Page ${page} of ${pages}`),
            h('button', { type: 'button', class: 'secondary', disabled: page >= pages, onclick: () => load(page + 1) }, 'Next')));
      } catch (e) {
        markFields(form, e);
        replace(out, problemBox(e));
      }
    };
    form.addEventListener('submit', e => { e.preventDefault(); load(1); });
    replace(view, h('div', { class: 'page-head' }, h('h1', {}, 'Utilisation')), form, out);
    return load(1);
  },
};
