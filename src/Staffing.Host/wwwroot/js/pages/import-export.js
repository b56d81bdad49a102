// CSV export and import of clients, staff, projects, bookings and revenue actuals. An import is all or nothing:
// with any error the server changes nothing and names every error's line, which this page lists in full.
import { h, replace, announce } from '../dom.js';
import { api, ApiError } from '../api.js';
import { field, select } from '../ui/forms.js';
import { problemBox } from '../ui/problem.js';
import { keyAccountTabs } from '../ui/key-account-tabs.js';

/** The import's columns per kind (required ones first); the export writes the same columns. */
const kinds = {
  clients: { label: 'Clients', required: ['id'], optional: ['name', 'industry', 'tier', 'strategicReason', 'strategicReview'] },
  staff: { label: 'Staff', required: ['id', 'grade', 'region', 'costPerWeek', 'billPerWeek'], optional: ['name', 'department', 'capacity', 'skills'] },
  projects: { label: 'Projects', required: ['id', 'client', 'region'], optional: ['name', 'remote', 'status'] },
  bookings: { label: 'Bookings', required: ['project', 'seat', 'staff', 'load', 'start', 'end'], optional: ['role', 'department'] },
  revenue: { label: 'Revenue actuals', required: ['client', 'month', 'amount'], optional: ['project'] },
};

export const importExportPage = {
  title: 'Import and export',
  render(view, params, user) {
    replace(view,
      keyAccountTabs(user),
      h('div', { class: 'page-head' }, h('h1', {}, 'Import and export'),
        h('span', { class: 'muted' }, 'CSV with a header line; an export imports back unchanged.')),
      h('div', { class: 'grid two' }, exportSection(), importSection()));
  },
};

function exportSection() {
  return h('section', { class: 'card', 'aria-labelledby': 'export' }, h('h2', { id: 'export' }, 'Export'),
    h('p', { class: 'muted' }, 'Today\'s data as CSV, in the columns the import reads.'),
    h('div', { class: 'table-wrap' }, h('table', { 'aria-label': 'Exports' },
      h('tbody', {}, Object.entries(kinds).map(([kind, k]) => h('tr', {},
        h('th', { scope: 'row' }, k.label),
        h('td', { class: 'muted' }, columns(k)),
        h('td', { class: 'nowrap' }, h('a', { class: 'button', href: `/api/export/${kind}`, download: `${kind}.csv` }, `Download ${kind}.csv`))))))));
}

function importSection() {
  const result = h('div', { 'aria-live': 'assertive', 'data-testid': 'import-result' });
  const kind = select('kind', Object.entries(kinds).map(([value, k]) => [value, k.label]));
  const hint = h('p', { class: 'muted columns-hint' });
  const showHint = () => replace(hint, 'Columns: ', columns(kinds[kind.value]), '; required ones in bold.');
  kind.addEventListener('change', showHint);
  showHint();
  const file = h('input', { name: 'file', type: 'file', accept: '.csv,text/csv' });
  const text = h('textarea', { name: 'text', rows: 5, placeholder: 'or paste the CSV here', spellcheck: 'false' });
  const button = h('button', { type: 'submit' }, 'Import');
  const form = h('form', { class: 'stack', 'aria-label': 'Import a CSV file' },
    h('div', { class: 'filters' }, field('What', kind), field('CSV file', file)), hint, field('CSV text', text), h('div', {}, button));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const chosen = file.files[0];
    const body = chosen ?? text.value;
    if (!chosen && text.value.trim() === '') {
      replace(result, problemBox(new ApiError(400, { title: 'Nothing to import', detail: 'Choose a CSV file or paste its text.' })));
      return;
    }
    button.disabled = true;
    replace(result, h('p', { class: 'muted', role: 'status' }, 'Checking the file…'));
    try {
      const done = await api.postFile(`/api/import/${kind.value}`, body, 'text/csv');
      const name = chosen ? chosen.name : 'the pasted text';
      replace(result, h('div', { class: 'notice', role: 'status' },
        h('strong', {}, `Imported ${done.rows} ${kinds[kind.value].label.toLowerCase()} row${done.rows === 1 ? '' : 's'}`), ` from ${name}.`));
      announce(`Imported ${done.rows} rows`);
      form.reset();
      showHint();
    } catch (err) {
      replace(result, importProblem(err));
    } finally {
      button.disabled = false;
    }
  });
  return h('section', { class: 'card', 'aria-labelledby': 'import' }, h('h2', { id: 'import' }, 'Import'),
    h('p', { class: 'muted' }, 'The whole file is checked first: with any error nothing is imported.'), form, result);
}

const columns = k => [k.required.map(c => h('strong', {}, c)), k.optional].flat().flatMap((c, i) => (i ? [', ', c] : [c]));

/** Every row error with its line, and whether anything changed. */
function importProblem(err) {
  const rows = err instanceof ApiError ? err.problem.rows : null;
  if (!Array.isArray(rows) || rows.length === 0) return problemBox(err);
  const nothing = err.status === 400;
  return h('div', { class: 'problem', role: 'alert' },
    h('h2', {}, err.problem.title),
    h('p', { 'data-testid': 'import-outcome' }, nothing
      ? h('strong', {}, `Nothing was changed. Fix the ${rows.length === 1 ? 'error' : `${rows.length} errors`} below and import the whole file again.`)
      : h('strong', {}, 'The rows below were not applied; the other rows were.')),
    h('div', { class: 'table-wrap' }, h('table', { 'aria-label': 'Import errors' },
      h('thead', {}, h('tr', {}, h('th', { class: 'num' }, 'Line'), h('th', {}, 'Column'), h('th', {}, 'Problem'))),
      h('tbody', {}, rows.map(r => h('tr', {},
        h('td', { class: 'num' }, r.line), h('td', {}, r.column ?? '—'), h('td', {}, r.message)))))),
    h('p', { class: 'muted' }, 'Line 1 is the header.'));
}
