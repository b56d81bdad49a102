// Tier pyramid: one band per tier, diamond on top; band width by client count, revenue written beside it.
import { s } from '../dom.js';

/** rows: [{ tier, count, label }] from the top tier down. */
export function tierPyramid(rows, { title }) {
  const width = 460, band = 40, gap = 6, labelWidth = 170;
  const height = rows.length * (band + gap);
  const maxCount = Math.max(1, ...rows.map(r => r.count));
  const centre = (width - labelWidth) / 2;
  return s('svg', { class: 'chart', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': title },
    s('title', {}, title),
    rows.map((r, i) => {
      // Each band is at least as wide as the one above, so the shape reads as a pyramid even when counts dip.
      const w = Math.max(60, ((width - labelWidth - 20) * Math.max(r.count, ...rows.slice(0, i).map(x => x.count))) / maxCount);
      const y = i * (band + gap);
      return s('g', {},
        s('rect', { class: `bar-seg ${r.tier}`, x: centre - w / 2, y, width: w, height: band, rx: 3 },
          s('title', {}, `${r.tier}: ${r.count} clients, ${r.label}`)),
        s('text', { class: 'label-inverse', x: centre, y: y + band / 2 + 4, 'text-anchor': 'middle' }, `${r.count}`),
        s('text', { x: width - labelWidth + 8, y: y + band / 2 - 3, 'font-weight': 600 }, r.tier[0].toUpperCase() + r.tier.slice(1)),
        s('text', { class: 'axis', x: width - labelWidth + 8, y: y + band / 2 + 12 }, r.label));
    }));
}
