// Monthly revenue trend: a line with the first and last month labelled, for a client card.
import { s } from '../dom.js';

/** points: [{ label, value }] in time order. */
export function sparkline(points, { title, format }) {
  const width = 760, height = 190, pad = { l: 56, r: 12, t: 12, b: 24 };
  if (points.length === 0) return s('svg', { class: 'chart', viewBox: `0 0 ${width} 30`, role: 'img', 'aria-label': title }, s('text', { class: 'axis', x: 0, y: 20 }, 'No revenue recorded'));
  const max = Math.max(1, ...points.map(p => p.value));
  const x = i => pad.l + (points.length === 1 ? 0 : (i * (width - pad.l - pad.r)) / (points.length - 1));
  const y = v => pad.t + (height - pad.t - pad.b) * (1 - v / max);
  const line = points.map((p, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  return s('svg', { class: 'chart', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': title },
    s('title', {}, title),
    [0, 0.5, 1].map(f => s('g', {},
      s('line', { class: 'gridline', x1: pad.l, x2: width - pad.r, y1: y(max * f), y2: y(max * f) }),
      s('text', { class: 'axis', x: pad.l - 6, y: y(max * f) + 4, 'text-anchor': 'end' }, format(max * f)))),
    s('path', { d: line, fill: 'none', stroke: 'var(--accent)', 'stroke-width': 2 }),
    points.map((p, i) => s('circle', { cx: x(i), cy: y(p.value), r: 2.5, fill: 'var(--accent)' }, s('title', {}, `${p.label}: ${format(p.value)}`))),
    s('text', { class: 'axis', x: pad.l, y: height - 6 }, points[0].label),
    s('text', { class: 'axis', x: width - pad.r, y: height - 6, 'text-anchor': 'end' }, points.at(-1).label));
}
