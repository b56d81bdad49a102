// One account's trailing revenue as a bar against the tier thresholds, so a change reads at a glance.
import { s } from '../dom.js';
import { formatMoney } from '../ui/format.js';

/** revenue: dollars; thresholds: [{ tier, amount }]; the bar is amber when it sits below the line that matters. */
export function thresholdBar(revenue, thresholds, { title, line }) {
  const width = 420, height = 58, pad = { l: 4, r: 4, t: 16, b: 6 };
  const top = Math.max(revenue, ...thresholds.map(t => t.amount)) * 1.15 || 1;
  const x = v => pad.l + ((width - pad.l - pad.r) * v) / top;
  const below = line !== undefined && revenue < line;
  return s('svg', { class: 'chart threshold', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': title },
    s('title', {}, title),
    s('rect', { x: pad.l, y: pad.t + 6, width: width - pad.l - pad.r, height: 18, rx: 3, fill: '#eef2f6' }),
    s('rect', { x: pad.l, y: pad.t + 6, width: Math.max(2, x(revenue) - pad.l), height: 18, rx: 3, fill: below ? 'var(--warn)' : 'var(--accent)' }),
    // The amount sits inside a long bar and after a short one, where white text would vanish.
    x(revenue) > 80 ? s('text', { class: 'label-inverse', x: pad.l + 6, y: pad.t + 19 }, formatMoney(revenue))
      : s('text', { x: x(revenue) + 6, y: pad.t + 19 }, formatMoney(revenue)),
    thresholds.map(t => s('g', {},
      s('line', { x1: x(t.amount), x2: x(t.amount), y1: pad.t, y2: height - pad.b, stroke: `var(--${t.tier})`, 'stroke-width': 2, 'stroke-dasharray': '4 3' }),
      s('text', { class: 'axis', x: x(t.amount), y: pad.t - 4, 'text-anchor': 'middle' }, `${t.tier} ${formatMoney(t.amount)}`))));
}
