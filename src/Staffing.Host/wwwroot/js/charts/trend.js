// A monthly share trend (0..1) with a dashed line at the minimum; points below it in amber.
import { s } from '../dom.js';

/** points: [{ month: 'YYYY-MM-DD', value }]. */
export function shareTrend(points, minimum, { title }) {
  const width = 620, height = 200, pad = { l: 40, r: 12, t: 12, b: 26 };
  const values = points.map(p => p.value);
  const top = Math.min(1, Math.max(minimum, ...values) + 0.1), bottom = Math.max(0, Math.min(minimum, ...values) - 0.1);
  const x = i => pad.l + (points.length < 2 ? 0 : (i * (width - pad.l - pad.r)) / (points.length - 1));
  const y = v => pad.t + (height - pad.t - pad.b) * (1 - (v - bottom) / (top - bottom || 1));
  const path = points.map((p, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  const ticks = [bottom, (bottom + top) / 2, top];
  return s('svg', { class: 'chart', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': title },
    s('title', {}, title),
    ticks.map(t => s('g', {},
      s('line', { class: 'gridline', x1: pad.l, x2: width - pad.r, y1: y(t), y2: y(t) }),
      s('text', { class: 'axis', x: pad.l - 6, y: y(t) + 4, 'text-anchor': 'end' }, `${Math.round(t * 100)}%`))),
    s('line', { x1: pad.l, x2: width - pad.r, y1: y(minimum), y2: y(minimum), stroke: 'var(--warn)', 'stroke-dasharray': '5 4' }),
    s('text', { class: 'axis', x: width - pad.r, y: y(minimum) - 5, 'text-anchor': 'end' }, `minimum ${Math.round(minimum * 100)}%`),
    points.length ? s('path', { d: path, fill: 'none', stroke: 'var(--accent)', 'stroke-width': 2 }) : null,
    points.map((p, i) => s('circle', { cx: x(i), cy: y(p.value), r: 3, fill: p.value >= minimum ? 'var(--accent)' : 'var(--warn)' },
      s('title', {}, `${p.month.slice(0, 7)}: ${(p.value * 100).toFixed(1)}%`))),
    points.length ? [
      s('text', { class: 'axis', x: pad.l, y: height - 6 }, points[0].month.slice(0, 7)),
      s('text', { class: 'axis', x: width - pad.r, y: height - 6, 'text-anchor': 'end' }, points.at(-1).month.slice(0, 7)),
    ] : null);
}
