// Proposals: ask the solver for a team (project, client or portfolio) and the list of earlier proposals.
import { h, replace } from '../dom.js';
import { api, query } from '../api.js';
import { field, textInput, numberInput, select, values } from '../ui/forms.js';
import { problemBox, markFields } from '../ui/problem.js';

export const proposalsPage = {
  title: 'Proposals',
  async render(view, _params, _user, { navigate }) {
    const preset = new URLSearchParams(location.search);
    const scope = select('scope', [['project', 'Project'], ['client', 'Client'], ['portfolio', 'Whole portfolio']]);
    scope.value = preset.get('scope') ?? 'project';
    const id = textInput('id', { size: 12, value: preset.get('id') ?? '' });
    const limit = numberInput('timeLimitSeconds', { min: 1, max: 120, value: 10, style: 'width:6rem' });
    const errors = h('div', { 'aria-live': 'assertive' });
    const form = h('form', { class: 'filters', 'aria-label': 'New proposal' },
      field('Scope', scope), field('Project or client id', id), field('Time limit (s)', limit), h('button', { type: 'submit' }, 'Generate proposal'));
    scope.addEventListener('change', () => { id.disabled = scope.value === 'portfolio'; });
    id.disabled = scope.value === 'portfolio';
    form.addEventListener('submit', async e => {
      e.preventDefault();
      const body = values(form);
      if (body.timeLimitSeconds) body.timeLimitSeconds = Number(body.timeLimitSeconds);
      try {
        const created = await api.post('/api/proposals', body);
        navigate(`/proposals/${encodeURIComponent(created.id)}`);
      } catch (err) {
        markFields(form, err);
        replace(errors, problemBox(err));
      }
    });
    const list = await api.get('/api/proposals' + query({ pageSize: 50 }));
    replace(view,
      h('div', { class: 'page-head' }, h('h1', {}, 'Proposals')),
      h('section', { class: 'card' }, h('h2', {}, 'Ask for a team proposal'), errors, form),
      h('section', { class: 'card', style: 'margin-top:1rem', 'aria-labelledby': 'recent' }, h('h2', { id: 'recent' }, 'Recent proposals'),
        list.items.length === 0 ? h('p', { class: 'muted' }, 'No proposals yet.') :
          h('div', { class: 'table-wrap' }, h('table', {},
            h('thead', {}, h('tr', {}, h('th', {}, 'Proposal'), h('th', {}, 'Status'), h('th', {}, 'Scope'), h('th', {}, 'Requested by'), h('th', {}, 'Created'))),
            h('tbody', {}, list.items.map(p => h('tr', {},
              h('td', {}, h('a', { href: `/proposals/${encodeURIComponent(p.id)}` }, p.id)),
              h('td', {}, h('span', { class: `status ${p.status}` }, p.status)),
              h('td', {}, p.summary ?? p.project ?? p.client ?? 'portfolio'),
              h('td', {}, p.requestedBy ?? ''),
              h('td', {}, new Date(p.createdAt).toLocaleString()))))))));
    (id.disabled ? limit : id).focus();
  },
};
