// One account's stage: each stage's proof with its evidence (owner, date), what is still missing to move up,
// the stage history; managers record evidence and move the stage with a reason.
import { h, replace, announce } from '../dom.js';
import { api, all, ApiError } from '../api.js';
import { isManager } from '../session.js';
import { tierBadge, stageLabel } from '../ui/format.js';
import { field, select, textInput, values } from '../ui/forms.js';
import { notFound, problemBox, markFields } from '../ui/problem.js';
import { staffNamer } from '../ui/people.js';
import { keyAccountTabs } from '../ui/key-account-tabs.js';

let notice = null; // shown once after the page re-renders: what the last action did

export const accountStagePage = {
  title: 'Account stage',
  async render(view, { client }, user) {
    let plan, account;
    try {
      [plan, account] = await Promise.all([
        api.get(`/api/accounts/${encodeURIComponent(client)}/stage`),
        api.get(`/api/clients/${encodeURIComponent(client)}`),
      ]);
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) { replace(view, notFound('Client', client)); return; }
      throw e;
    }
    const heading = account.name ?? client;
    if (view.isConnected) document.title = `${heading} · stage · Staffing`;
    const name = await staffNamer(user);
    const messages = h('div', { 'aria-live': 'assertive' }, notice);
    notice = null;
    const done = async (text) => {
      notice = h('p', { class: 'notice', role: 'status' }, text);
      announce(text);
      await accountStagePage.render(view, { client }, user);
    };
    const order = plan.proofs.map(p => p.stage);
    const current = order.indexOf(plan.stage);
    replace(view,
      keyAccountTabs(user),
      h('div', { class: 'page-head' },
        h('div', {}, h('h1', {}, heading),
          h('span', { class: 'muted' }, h('a', { href: `/clients/${encodeURIComponent(client)}` }, 'Account page'), ` · ${client}`)),
        h('div', {}, tierBadge(account.tier), ' ', h('span', { class: 'status current', 'data-testid': 'stage' }, stageLabel(plan.stage)))),
      messages,
      h('p', { class: plan.canMoveUp ? 'notice' : 'muted', 'data-testid': 'still-to-prove' },
        plan.canMoveUp ? `${stageLabel(plan.proof)} is proven: the account can move up to ${stageLabel(order[current + 1])}.`
          : plan.stillToProve.length ? `To move up, the account still has to prove ${stageLabel(plan.proof).toLowerCase()}: ${plan.stillToProve.map(stageLabel).join(', ')}.`
            : 'The account is at the top stage.'),
      h('div', { class: 'grid four stage-ladder' }, plan.proofs.map((p, i) => proofCard(p, i, current, plan.evidence, name))),
      isManager(user) ? h('div', { class: 'grid two', style: 'margin-top:1rem' },
        evidenceForm(client, plan, done),
        moveForm(client, plan, order, current, done)) : null,
      historySection(plan, name));
  },
};

function proofCard(p, i, current, evidence, name) {
  const state = i < current ? 'passed' : i === current ? 'current' : 'ahead';
  const items = p.items.map(item => {
    const e = evidence.find(x => x.stage === p.stage && x.item === item);
    return h('li', { class: e ? 'have' : 'missing' },
      h('span', { class: e ? 'ok' : 'vacant', 'aria-hidden': 'true' }, e ? '✓ ' : '○ '),
      h('strong', {}, stageLabel(item)),
      e ? h('div', { class: 'muted' }, `${name(e.owner)} · ${e.date}`, e.note ? ` · ${e.note}` : null)
        : h('div', { class: 'muted' }, 'missing'));
  });
  return h('section', { class: `card stage ${state}`, 'aria-label': `${stageLabel(p.stage)} stage` },
    h('div', { class: 'stage-step muted' }, `Stage ${i + 1} · ${state === 'passed' ? 'passed' : state === 'current' ? 'current stage' : 'ahead'}`),
    h('h3', {}, stageLabel(p.stage)),
    h('div', { class: 'muted' }, `Proves ${stageLabel(p.proof).toLowerCase()}`, p.proven ? h('span', { class: 'ok' }, ' · proven') : null),
    h('ul', { class: 'evidence' }, items));
}

function evidenceForm(client, plan, done) {
  // Problems show inside the form's card, where the manager is looking.
  const messages = h('div', { 'aria-live': 'assertive' });
  const stage = select('stage', plan.proofs.map(p => [p.stage, stageLabel(p.stage)]));
  stage.value = plan.stage;
  const item = select('item', []);
  const fillItems = () => {
    const proof = plan.proofs.find(p => p.stage === stage.value);
    // Missing items first: they are what the account still has to prove.
    const items = [...proof.missing, ...proof.items.filter(i => !proof.missing.includes(i))];
    replace(item, items.map(i => h('option', { value: i }, proof.missing.includes(i) ? `${stageLabel(i)} (missing)` : `${stageLabel(i)} (replace)`)));
  };
  stage.addEventListener('change', fillItems);
  fillItems();
  const owner = textInput('owner', { list: 'staff-ids', size: 16, required: true, placeholder: 'staff id' });
  const people = h('datalist', { id: 'staff-ids' });
  all('/api/staff').then(staff => replace(people, staff.map(s => h('option', { value: s.id }, s.name ?? s.id))), () => null);
  const form = h('form', { class: 'stack', 'aria-label': 'Record evidence' },
    h('div', { class: 'filters' },
      field('Stage', stage), field('Evidence', item), field('Owner', owner), people,
      field('Date', h('input', { name: 'date', type: 'date', value: new Date().toISOString().slice(0, 10) }))),
    field('Note', textInput('note', { placeholder: 'where the evidence is kept, what it shows' })),
    h('div', {}, h('button', { type: 'submit' }, 'Record evidence')));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const body = values(form);
    try {
      await api.post(`/api/accounts/${encodeURIComponent(client)}/evidence`, body);
      await done(`Evidence recorded: ${stageLabel(body.item)} for the ${stageLabel(body.stage).toLowerCase()} stage.`);
    } catch (err) {
      markFields(form, err);
      replace(messages, problemBox(err));
    }
  });
  return h('section', { class: 'card', 'aria-labelledby': 'add-evidence' }, h('h2', { id: 'add-evidence' }, 'Record evidence'), messages, form);
}

function moveForm(client, plan, order, current, done) {
  const messages = h('div', { 'aria-live': 'assertive' });
  const options = [
    current < order.length - 1 ? [order[current + 1], `Up to ${stageLabel(order[current + 1])}`] : null,
    current > 0 ? [order[current - 1], `Back to ${stageLabel(order[current - 1])}`] : null,
  ].filter(Boolean);
  const form = h('form', { class: 'stack', 'aria-label': 'Move the stage' },
    h('div', { class: 'filters' }, field('Move', select('stage', options)), field('Reason', textInput('reason', { size: 36, placeholder: 'why the account moves' }))),
    h('div', {}, h('button', { type: 'submit' }, 'Move stage')));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const body = values(form);
    try {
      await api.post(`/api/accounts/${encodeURIComponent(client)}/stage`, body);
      await done(`Stage moved to ${stageLabel(body.stage)}.`);
    } catch (err) {
      markFields(form, err);
      replace(messages, problemBox(err));
    }
  });
  return h('section', { class: 'card', 'aria-labelledby': 'move-stage' }, h('h2', { id: 'move-stage' }, 'Move stage'),
    h('p', { class: 'muted' }, plan.canMoveUp || current === order.length - 1 ? 'Up once the current stage is proven; back one stage at any time.'
      : `Moving up needs ${plan.stillToProve.map(stageLabel).join(', ')} first; moving back is always possible.`),
    messages, form);
}

function historySection(plan, name) {
  const moves = [...plan.history].reverse();
  return h('section', { class: 'card', style: 'margin-top:1rem', 'aria-labelledby': 'stage-history' }, h('h2', { id: 'stage-history' }, 'Stage history'),
    moves.length === 0 ? h('p', { class: 'muted' }, 'The account has not changed stage yet.') :
      h('div', { class: 'table-wrap' }, h('table', { 'aria-label': 'Stage history' },
        h('thead', {}, h('tr', {}, h('th', {}, 'Date'), h('th', {}, 'Change'), h('th', {}, 'By'), h('th', {}, 'Why'))),
        h('tbody', {}, moves.map(m => h('tr', {},
          h('td', { class: 'nowrap' }, m.date), h('td', {}, `${stageLabel(m.from)} → ${stageLabel(m.to)}`),
          h('td', {}, m.by === 'system' ? m.by : name(m.by)), h('td', {}, m.reason)))))));
}
