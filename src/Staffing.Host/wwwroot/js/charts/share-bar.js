// A single stacked bar of shares (e.g. revenue by tier), labelled with percentages.
import { h, s } from '../dom.js';

/** parts: [{ key, value, label }]; key doubles as the CSS class for the colour. Pair it with shareLegend. */
export function shareBar(parts, { title }) {
  const width = 600, height = 30;
  const total = parts.reduce((sum, p) => sum + p.value, 0) || 1;
  let x = 0;
  return s('svg', { class: 'chart', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': title },
    s('title', {}, title),
    parts.map(p => {
      const w = (width * p.value) / total;
      const g = s('g', {},
        s('rect', { class: `bar-seg ${p.key}`, x, y: 0, width: Math.max(0, w - 1), height: 28 }, s('title', {}, `${p.label}: ${Math.round((100 * p.value) / total)}%`)),
        w > 44 ? s('text', { class: 'label-inverse', x: x + 6, y: 18 }, `${Math.round((100 * p.value) / total)}%`) : null);
      x += w;
      return g;
    }));
}

/** The legend under a share bar: every part with its colour and share, also the ones too thin to label. */
export function shareLegend(parts) {
  const total = parts.reduce((sum, p) => sum + p.value, 0) || 1;
  return h('div', { class: 'legend' }, parts.map(p => h('span', {}, h('i', { class: `swatch ${p.key}` }), `${p.label} ${Math.round((100 * p.value) / total)}%`)));
}
