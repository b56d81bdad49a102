// Global talent for diamond clients: search consultants in every region and pick one for a seat of your project.
import { h, replace } from '../dom.js';
import { api, query } from '../api.js';
import { gradeLabel, skillTags } from '../ui/format.js';
import { field, textInput, select, values } from '../ui/forms.js';
import { problemBox, markFields } from '../ui/problem.js';

const grades = ['analyst', 'consultant', 'manager', 'senior-manager', 'partner'];
const pageSize = 25;

export const talentPage = {
  title: 'Global talent',
  render(view, _params, _user, { navigate }) {
    const target = new URLSearchParams(location.search);
    const project = target.get('project'), seat = target.get('seat');
    const form = h('form', { class: 'filters', 'aria-label': 'Search global talent' },
      field('Skill', textInput('skill', { placeholder: 'e.g. sap' })),
      field('Minimum level', select('level', [['', 'any'], '1', '2', '3', '4', '5'])),
      field('Minimum grade', select('grade', [['', 'any'], ...grades.map(g => [g, gradeLabel(g)])])),
      field('Region', textInput('region', { size: 10, placeholder: 'any region' })),
      h('button', { type: 'submit' }, 'Search'));
    const messages = h('div', { 'aria-live': 'assertive' });
    const results = h('div', { 'aria-live': 'polite' });
    const pick = async staff => {
      try {
        const created = await api.postOnce('/api/picks', { project, seat, staff });
        navigate(`/picks/${encodeURIComponent(created.id)}`);
      } catch (e) { replace(messages, problemBox(e)); }
    };
    const search = async (page = 1) => {
      try {
        const found = await api.get('/api/portal/talent' + query({ ...values(form), page, pageSize }));
        markFields(form);
        replace(results, h('p', { class: 'muted' }, `${found.total} consultants`),
          h('div', { class: 'table-wrap' }, h('table', { 'aria-label': 'Consultants' },
            h('thead', {}, h('tr', {}, h('th', {}, 'Name'), h('th', {}, 'Grade'), h('th', {}, 'Region'), h('th', {}, 'Skills'), project ? h('th', {}, h('span', { class: 'visually-hidden' }, 'Pick')) : null)),
            h('tbody', {}, found.items.map(p => h('tr', {},
              h('td', {}, p.name ?? p.id), h('td', { class: 'nowrap' }, gradeLabel(p.grade)), h('td', {}, p.region), h('td', {}, skillTags(p.skills)),
              project ? h('td', {}, h('button', { type: 'button', 'aria-label': `Pick ${p.name ?? p.id} for seat ${seat}`, onclick: () => pick(p.id) }, 'Pick')) : null))))),
          h('nav', { class: 'pager', 'aria-label': 'Result pages' },
            h('button', { type: 'button', class: 'secondary', disabled: page <= 1, onclick: () => search(page - 1) }, 'Previous'),
            h('span', {}, `Page ${page} of ${Math.max(1, Math.ceil(found.total / pageSize))}`),
            h('button', { type: 'button', class: 'secondary', disabled: page * pageSize >= found.total, onclick: () => search(page + 1) }, 'Next')));
      } catch (e) {
        markFields(form, e);
        replace(results, problemBox(e));
      }
    };
    form.addEventListener('submit', e => { e.preventDefault(); search(1); });
    replace(view,
      h('div', { class: 'page-head' }, h('h1', {}, 'Global talent')),
      project ? h('p', { class: 'notice' }, `Picking a consultant for seat ${seat} of project `, h('a', { href: `/projects/${encodeURIComponent(project)}` }, project), '.')
        : h('p', { class: 'muted' }, 'To pick someone for a seat, open the project and choose "Pick talent" on the seat.'),
      messages, form, results);
    return search(1);
  },
};
