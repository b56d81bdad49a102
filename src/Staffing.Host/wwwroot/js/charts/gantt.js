// Team Gantt: one row per seat over the weeks; held seats solid with the holder's name, vacant seats dashed.
import { s } from '../dom.js';

export function teamGantt(seats, { title }) {
  const row = 26, labelWidth = 250, width = 1100, top = 22;
  const first = Math.min(...seats.map(x => x.start)), last = Math.max(...seats.map(x => x.end));
  const span = Math.max(1, last - first);
  const x = week => labelWidth + ((width - labelWidth - 10) * (week - first)) / span;
  const height = top + seats.length * row + 4;
  const step = Math.max(1, Math.ceil(span / 13));
  const ticks = [];
  for (let w = first; w <= last; w += step) ticks.push(w);
  return s('svg', { class: 'chart', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': title },
    s('title', {}, title),
    ticks.map(w => s('g', {},
      s('line', { class: 'gridline', x1: x(w), x2: x(w), y1: top - 4, y2: height }),
      s('text', { class: 'axis', x: x(w), y: 12, 'text-anchor': 'middle' }, `W${w}`))),
    seats.map((seat, i) => {
      const y = top + i * row;
      const held = !!seat.holder;
      const who = held ? `${seat.holder.name ?? seat.holder.id}` : 'vacant';
      const barWidth = Math.max(2, x(seat.end) - x(seat.start));
      return s('g', {},
        s('text', { x: 0, y: y + 16 }, `${seat.role ?? seat.seat}`),
        s('text', { class: 'axis', x: labelWidth - 8, y: y + 16, 'text-anchor': 'end' }, `${seat.load}%`),
        s('rect', { class: `bar-seg ${held ? 'held-bar' : 'vacant-bar'}`, x: x(seat.start), y: y + 3, width: barWidth, height: row - 8, rx: 3 },
          s('title', {}, `${seat.seat} (${seat.role ?? 'seat'}), weeks ${seat.start}–${seat.end - 1} at ${seat.load}%: ${who}`)),
        barWidth > 90 ? s('text', { class: held ? 'label-inverse' : 'axis', x: x(seat.start) + 6, y: y + 16 }, who) : null);
    }));
}
