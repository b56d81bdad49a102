// A pursuit over the weeks: one row per milestone, its bar coloured by state, and the departments taking part.
import { s } from '../dom.js';

const fills = { done: 'var(--ok)', current: 'var(--accent)', upcoming: '#c9d3de', skipped: '#e6eaef' };

/** milestones: [{ label, state, start, end, departments: [name] }] in order. */
export function pursuitTimeline(milestones, { title }) {
  const row = 28, labelWidth = 120, barArea = 360, width = 700, top = 22;
  const first = Math.min(...milestones.map(m => m.start)), last = Math.max(...milestones.map(m => m.end));
  const span = Math.max(1, last - first);
  const x = week => labelWidth + (barArea * (week - first)) / span;
  const height = top + milestones.length * row + 4;
  const ticks = [];
  for (let w = first; w <= last; w += Math.max(1, Math.ceil(span / 10))) ticks.push(w);
  return s('svg', { class: 'chart', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': title },
    s('title', {}, title),
    ticks.map(w => s('g', {},
      s('line', { class: 'gridline', x1: x(w), x2: x(w), y1: top - 4, y2: height }),
      s('text', { class: 'axis', x: x(w), y: 12, 'text-anchor': 'middle' }, `W${w}`))),
    milestones.map((m, i) => {
      const y = top + i * row;
      return s('g', {},
        s('text', { x: 0, y: y + 18, 'font-weight': m.state === 'current' ? 600 : 400 }, m.label),
        s('rect', { class: 'bar-seg', x: x(m.start), y: y + 5, width: Math.max(3, x(m.end) - x(m.start)), height: row - 10, rx: 3, fill: fills[m.state] ?? fills.upcoming },
          s('title', {}, `${m.label}: weeks ${m.start}–${m.end - 1}, ${m.state}`)),
        s('text', { class: 'axis', x: labelWidth + barArea + 14, y: y + 18 }, m.departments.join(' · ')));
    }));
}
