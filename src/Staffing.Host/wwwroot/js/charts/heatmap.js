// Utilisation heat map: people down, weeks across; colour by booked share of capacity, over-booking in red.
import { s } from '../dom.js';

const colour = (load, capacity) => {
  if (capacity === 0) return '#d9dee5';           // on leave or no capacity
  const share = load / capacity;
  if (share > 1) return '#b3261e';                // over-booked
  if (share === 0) return '#ffffff';
  const steps = ['#e3eef8', '#bcd5ec', '#8ab6dc', '#548fc4', '#2a6aa6', '#174b7e'];
  return steps[Math.min(steps.length - 1, Math.floor(share * (steps.length - 0.01)))];
};

export const heatLegend = [
  ['#ffffff', 'free'], ['#bcd5ec', 'up to 40%'], ['#548fc4', 'up to 80%'], ['#174b7e', 'fully booked'], ['#b3261e', 'over-booked'], ['#d9dee5', 'on leave'],
];

/** people: [{ id, name, grade, region, load: [..], capacity: [..] }], from: first week shown. */
export function utilisationHeatmap(people, from, { title }) {
  const row = 18, labelWidth = 250, top = 24;
  const weeks = people[0]?.load.length ?? 0;
  // Cells widen to use a laptop screen's width, and stay square-ish when many weeks are shown.
  const cell = Math.max(row, Math.min(40, Math.floor((1180 - labelWidth) / Math.max(1, weeks))));
  const width = labelWidth + weeks * cell + 4, height = top + people.length * row + 4;
  return s('svg', { class: 'chart heat', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': title },
    s('title', {}, title),
    Array.from({ length: weeks }, (_, i) => (i % (cell < 28 ? 2 : 1) === 0
      ? s('text', { class: 'axis', x: labelWidth + i * cell + cell / 2, y: 14, 'text-anchor': 'middle' }, `${from + i}`)
      : null)),
    people.map((p, r) => {
      const y = top + r * row;
      return s('g', {},
        s('text', { x: 0, y: y + 13 }, `${p.name ?? p.id}`),
        s('text', { class: 'axis', x: labelWidth - 8, y: y + 13, 'text-anchor': 'end' }, `${p.grade.replace(/-/g, ' ')} · ${p.region}`),
        p.load.map((load, i) => s('rect', {
          class: 'cell', x: labelWidth + i * cell, y, width: cell - 1, height: row - 1, fill: colour(load, p.capacity[i]), stroke: '#e6eaef', 'stroke-width': 0.5,
        }, s('title', {}, `${p.name ?? p.id}, week ${from + i}: ${load}% booked of ${p.capacity[i]}%`))));
    }));
}
