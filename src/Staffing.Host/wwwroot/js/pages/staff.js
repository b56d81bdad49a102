// Staff search: skill with a minimum level, grade, region, department and free weeks (GET /api/staff).
import { h, replace, announce } from '../dom.js';
import { api, query } from '../api.js';
import { formatMoney, gradeLabel, skillTags } from '../ui/format.js';
import { field, textInput, numberInput, select, values } from '../ui/forms.js';
import { problemBox, markFields } from '../ui/problem.js';

const grades = ['analyst', 'consultant', 'manager', 'senior-manager', 'partner'];
const pageSize = 25;

export const staffPage = {
  title: 'Staff search',
  render(view) {
    const form = h('form', { class: 'filters', 'aria-label': 'Search staff' },
      field('Skill', textInput('skill', { placeholder: 'e.g. sap' })),
      field('Minimum level', select('level', [['', 'any'], '1', '2', '3', '4', '5'])),
      field('Minimum grade', select('grade', [['', 'any'], ...grades.map(g => [g, gradeLabel(g)])])),
      field('Region', textInput('region', { size: 10 })),
      field('Department', textInput('department', { size: 12 })),
      field('Free from week', numberInput('freeFrom', { min: 0, max: 519, style: 'width:6rem' })),
      field('to week (excl.)', numberInput('freeTo', { min: 1, max: 520, style: 'width:6rem' })),
      field('Free at least %', numberInput('minFree', { min: 1, max: 100, style: 'width:6rem' })),
      h('button', { type: 'submit' }, 'Search'));
    const results = h('div', { 'aria-live': 'polite' });
    const search = async (page = 1) => {
      const params = { ...values(form), page, pageSize };
      try {
        const found = await api.get('/api/staff' + query(params));
        markFields(form);
        replace(results, table(found, page, search));
        announce(`${found.total} people found`);
      } catch (e) {
        markFields(form, e);
        replace(results, problemBox(e));
      }
    };
    form.addEventListener('submit', e => { e.preventDefault(); search(1); });
    replace(view, h('div', { class: 'page-head' }, h('h1', {}, 'Staff search')), form, results);
    return search(1);
  },
};

function table(found, page, search) {
  const pages = Math.max(1, Math.ceil(found.total / pageSize));
  return [
    h('p', { class: 'muted' }, `${found.total} people`),
    h('div', { class: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, h('th', {}, 'Name'), h('th', {}, 'Grade'), h('th', {}, 'Region'), h('th', {}, 'Department'),
        h('th', {}, 'Skills'), h('th', { class: 'num' }, 'Cost / week'), h('th', { class: 'num' }, 'Bookings'))),
      h('tbody', {}, found.items.map(p => h('tr', {},
        h('td', {}, p.name ?? p.id, h('div', { class: 'muted' }, p.id)), h('td', { class: 'nowrap' }, gradeLabel(p.grade)), h('td', {}, p.region),
        h('td', {}, p.department ?? ''), h('td', {}, skillTags(p.skills)), h('td', { class: 'num' }, formatMoney(p.costPerWeek)),
        h('td', { class: 'num' }, p.bookings)))))),
    h('nav', { class: 'pager', 'aria-label': 'Result pages' },
      h('button', { type: 'button', class: 'secondary', disabled: page <= 1, onclick: () => search(page - 1) }, 'Previous'),
      h('span', {}, `Page ${page} of ${pages}`),
      h('button', { type: 'button', class: 'secondary', disabled: page >= pages, onclick: () => search(page + 1) }, 'Next')),
  ];
}
