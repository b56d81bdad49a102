// A half-circle gauge for a share (0..1) with the minimum marked; green at or above it, amber below.
import { s } from '../dom.js';

export function shareGauge(share, minimum, { title }) {
  const width = 300, height = 175, cx = 150, cy = 150, r = 100;
  const point = f => {
    const angle = Math.PI * (1 - f);
    return [cx + r * Math.cos(angle), cy - r * Math.sin(angle)];
  };
  const arc = (from, to) => {
    const [x1, y1] = point(from), [x2, y2] = point(to);
    return `M${x1.toFixed(1)},${y1.toFixed(1)} A${r},${r} 0 0 1 ${x2.toFixed(1)},${y2.toFixed(1)}`;
  };
  const clamped = Math.max(0, Math.min(1, share));
  const [mx1, my1] = point(minimum);
  const healthy = share >= minimum;
  return s('svg', { class: 'chart gauge', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': title },
    s('title', {}, title),
    s('path', { d: arc(0, 1), fill: 'none', stroke: '#e6eaef', 'stroke-width': 22 }),
    clamped > 0 ? s('path', { d: arc(0, clamped), fill: 'none', stroke: healthy ? 'var(--ok)' : 'var(--warn)', 'stroke-width': 22 }) : null,
    s('line', { x1: mx1, y1: my1, x2: cx + (mx1 - cx) * 1.2, y2: cy + (my1 - cy) * 1.2, stroke: 'var(--ink)', 'stroke-width': 2 }),
    s('text', { class: 'axis', x: cx + (mx1 - cx) * 1.26, y: cy + (my1 - cy) * 1.26, 'text-anchor': 'middle' }, `min ${Math.round(minimum * 100)}%`),
    s('text', { x: cx, y: cy - 12, 'text-anchor': 'middle', 'font-size': 30, 'font-weight': 600 }, `${(share * 100).toFixed(1)}%`),
    s('text', { class: 'axis', x: cx, y: cy + 10, 'text-anchor': 'middle' }, healthy ? 'healthy' : 'below the minimum'));
}
