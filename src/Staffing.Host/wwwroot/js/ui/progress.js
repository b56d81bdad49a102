// Live solver progress from the proposal's Server-Sent Events: elapsed time against the limit, objective and bound.
import { h, replace } from '../dom.js';
import { formatNumber } from './format.js';

/**
 * Renders a progress panel into a new element and resolves when the solve ends (event "done" or "error").
 * The stream closes itself on navigation: the returned element's owner calls close().
 */
export function solveProgress(proposalId, limitSeconds) {
  const bar = h('progress', { max: limitSeconds, value: 0, 'aria-labelledby': 'solve-label' });
  const figures = h('div', { class: 'figures', 'aria-live': 'polite' });
  const panel = h('section', { class: 'card progress-panel', 'aria-labelledby': 'solve-label' },
    h('h2', { id: 'solve-label' }, 'Solving'), bar, figures);
  const source = new EventSource(`/api/proposals/${encodeURIComponent(proposalId)}/progress`);
  const show = event => {
    const p = JSON.parse(event.data);
    bar.value = Math.min(limitSeconds, p.elapsedSeconds);
    const gap = p.objective != null && p.bound != null && p.objective !== 0 ? Math.max(0, (p.objective - p.bound) / Math.abs(p.objective)) : null;
    replace(figures,
      h('span', { 'data-testid': 'elapsed' }, `Elapsed ${p.elapsedSeconds.toFixed(1)} s of ${limitSeconds} s`),
      h('span', {}, `Objective ${p.objective == null ? '—' : formatNumber(p.objective)}`),
      h('span', {}, `Bound ${p.bound == null ? '—' : formatNumber(p.bound)}`),
      gap == null ? null : h('span', {}, `Gap ${(gap * 100).toFixed(1)}%`));
    return p;
  };
  const done = new Promise(resolve => {
    source.addEventListener('progress', show);
    source.addEventListener('done', e => { show(e); source.close(); resolve(); });
    source.addEventListener('error', e => { if (e.data) show(e); source.close(); resolve(); });
  });
  return { panel, done, close: () => source.close() };
}
