// Account stages across the firm: the funnel, and each account's stage with what it still has to prove to move up.
import { h, replace } from '../dom.js';
import { api } from '../api.js';
import { stageFunnel } from '../charts/funnel.js';
import { tierBadge, stageLabel } from '../ui/format.js';
import { field, select } from '../ui/forms.js';
import { keyAccountTabs } from '../ui/key-account-tabs.js';

export const accountStagesPage = {
  title: 'Account stages',
  async render(view, params, user) {
    const data = await api.get('/api/accounts/stages');
    const funnel = data.funnel ?? [];
    const wanted = new URLSearchParams(location.search).get('stage') ?? '';
    const stageSelect = select('stage', [['', 'Every stage'], ...funnel.map(f => [f.stage, stageLabel(f.stage)]), ['ready', 'Ready to move up']]);
    stageSelect.value = wanted;
    stageSelect.addEventListener('change', () => {
      history.replaceState(null, '', '/key-accounts/stages' + (stageSelect.value ? `?stage=${stageSelect.value}` : ''));
      accountStagesPage.render(view, { ...params, refocus: true }, user);
    });
    const shown = data.accounts.filter(a => !wanted || (wanted === 'ready' ? a.canMoveUp : a.stage === wanted));
    const order = funnel.map(f => f.stage);
    const ready = data.accounts.filter(a => a.canMoveUp);
    replace(view,
      keyAccountTabs(user),
      h('div', { class: 'page-head' }, h('h1', {}, 'Account stages'),
        h('span', { class: 'muted' }, 'Qualified supplier → small pilot → scale-up → preferred supplier; each stage proves something before the next.')),
      h('div', { class: 'grid three' },
        h('section', { class: 'card', style: 'grid-column: span 2', 'aria-labelledby': 'stage-funnel' }, h('h2', { id: 'stage-funnel' }, 'Accounts per stage'),
          funnel.length ? stageFunnel(funnel.map(f => ({ label: stageLabel(f.stage), proof: `proves ${stageLabel(f.proof).toLowerCase()}`, count: f.accounts })),
            { title: 'Accounts per stage, from qualified supplier to preferred supplier' }) : h('p', { class: 'muted' }, 'No stage data.')),
        h('section', { class: 'card', 'aria-labelledby': 'ready' }, h('h2', { id: 'ready' }, 'Ready to move up'),
          ready.length === 0 ? h('p', { class: 'muted' }, 'No account has proven its next stage yet.') :
            h('ul', {}, ready.map(a => h('li', {}, h('a', { href: `/key-accounts/stages/${encodeURIComponent(a.clientId)}` }, a.name ?? a.clientId),
              h('span', { class: 'muted' }, ` ${stageLabel(a.stage)} → ${stageLabel(order[order.indexOf(a.stage) + 1])}`)))))),
      h('section', { class: 'card', style: 'margin-top:1rem', 'aria-labelledby': 'accounts' },
          h('div', { class: 'page-head', style: 'margin-bottom:.5rem' }, h('h2', { id: 'accounts' }, `Accounts (${shown.length})`),
            h('form', { class: 'filters', style: 'margin:0', onsubmit: e => e.preventDefault() }, field('Show', stageSelect))),
          h('div', { class: 'table-wrap' }, h('table', { 'aria-label': 'Account stages' },
            h('thead', {}, h('tr', {}, h('th', {}, 'Client'), h('th', {}, 'Tier'), h('th', {}, 'Stage'), h('th', {}, 'Proving'), h('th', {}, 'Still to prove'))),
            h('tbody', {}, shown.map(a => h('tr', {},
              h('td', {}, h('a', { href: `/key-accounts/stages/${encodeURIComponent(a.clientId)}` }, a.name ?? a.clientId)),
              h('td', {}, tierBadge(a.tier)),
              h('td', { class: 'nowrap' }, stageLabel(a.stage), h('span', { class: 'muted' }, ` (${order.indexOf(a.stage) + 1} of ${order.length || 4})`)),
              h('td', {}, stageLabel(a.proof)),
              h('td', {}, a.canMoveUp ? h('span', { class: 'ok' }, '✓ Ready to move up')
                : a.stillToProve.length ? a.stillToProve.map(i => h('span', { class: 'tag' }, stageLabel(i)))
                  : h('span', { class: 'muted' }, 'Top stage reached')))))))));
    // A filter change re-renders the page; keyboard users stay on the filter.
    if (params.refocus) stageSelect.focus();
  },
};
