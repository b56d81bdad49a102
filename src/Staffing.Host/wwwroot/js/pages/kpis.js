// Per-person KPI cards: revenue credit (shared credit), margin, utilisation, client feedback, sales-target attainment.
import { h, replace } from '../dom.js';
import { api, query } from '../api.js';
import { formatMoney, gradeLabel, share } from '../ui/format.js';
import { field, textInput, values } from '../ui/forms.js';
import { problemBox } from '../ui/problem.js';

const pageSize = 24;

export const kpisPage = {
  title: 'People KPIs',
  render(view) {
    const form = h('form', { class: 'filters', 'aria-label': 'KPI filters' }, field('Department', textInput('department', { size: 14 })), h('button', { type: 'submit' }, 'Show'));
    const out = h('div', { 'aria-live': 'polite' });
    const load = async (page = 1) => {
      try {
        const data = await api.get('/api/kpis/people' + query({ ...values(form), page, pageSize }));
        const pages = Math.max(1, Math.ceil(data.people.total / pageSize));
        replace(out,
          h('p', { class: 'muted' }, `${data.people.total} people, year ${data.year}. Revenue credit is shared: everyone on a won project is credited its full revenue, so credits (${formatMoney(data.creditTotal)}) exceed the firm's revenue (${formatMoney(data.firmRevenue)}). Margin is each person's own part of the P&L.`),
          h('div', { class: 'grid four' }, data.people.items.map(card)),
          h('nav', { class: 'pager', 'aria-label': 'KPI pages' },
            h('button', { type: 'button', class: 'secondary', disabled: page <= 1, onclick: () => load(page - 1) }, 'Previous'),
            h('span', {}, `Page ${page} of ${pages}`),
            h('button', { type: 'button', class: 'secondary', disabled: page >= pages, onclick: () => load(page + 1) }, 'Next')));
      } catch (e) {
        replace(out, problemBox(e));
      }
    };
    form.addEventListener('submit', e => { e.preventDefault(); load(1); });
    replace(view, h('div', { class: 'page-head' }, h('h1', {}, 'People KPIs')), form, out);
    return load(1);
  },
};

function card(k) {
  const feedback = k.feedback.score === null || k.feedback.score === undefined ? 'no clients yet' : `${share(k.feedback.score)} kept (${k.feedback.returns} returns of ${k.feedback.clientsServed})`;
  return h('article', { class: 'card kpi', 'aria-label': k.name ?? k.staffId },
    h('h3', {}, k.name ?? k.staffId), h('div', { class: 'muted' }, `${gradeLabel(k.grade)} · ${k.department ?? ''}`),
    h('dl', { class: 'facts', style: 'margin-top:.5rem' },
      h('dt', {}, 'Revenue credit'), h('dd', {}, formatMoney(k.revenueCredit)),
      h('dt', {}, 'Margin'), h('dd', {}, formatMoney(k.margin)),
      h('dt', {}, 'Utilisation'), h('dd', {}, meter(k.utilisation)),
      h('dt', {}, 'Client feedback'), h('dd', {}, feedback),
      h('dt', {}, 'Sales target'), h('dd', {}, k.salesTarget ? `${share(k.attainment)} of ${formatMoney(k.salesTarget)}` : 'none')));
}

const meter = fraction => h('span', {}, h('meter', { min: 0, max: 1, low: 0.6, high: 0.95, optimum: 0.85, value: fraction }), ` ${share(fraction)}`);
