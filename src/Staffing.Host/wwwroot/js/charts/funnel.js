// Stage funnel: one centred bar per account stage, widest first, with the count and what the stage proves.
import { s } from '../dom.js';

/** steps: [{ label, proof, count }] in stage order. */
export function stageFunnel(steps, { title }) {
  const width = 620, band = 38, gap = 8, labelWidth = 200;
  const max = Math.max(1, ...steps.map(x => x.count));
  const centre = (width - labelWidth) / 2;
  return s('svg', { class: 'chart', viewBox: `0 0 ${width} ${steps.length * (band + gap)}`, role: 'img', 'aria-label': title },
    s('title', {}, title),
    steps.map((step, i) => {
      const w = Math.max(40, ((width - labelWidth - 20) * step.count) / max);
      const y = i * (band + gap);
      return s('g', {},
        s('rect', { class: 'bar-seg', x: centre - w / 2, y, width: w, height: band, rx: 3, fill: `hsl(210, 55%, ${30 + i * 12}%)` },
          s('title', {}, `${step.label}: ${step.count} accounts`)),
        s('text', { class: 'label-inverse', x: centre, y: y + band / 2 + 4, 'text-anchor': 'middle' }, step.count),
        s('text', { x: width - labelWidth + 8, y: y + band / 2 - 3, 'font-weight': 600 }, step.label),
        s('text', { class: 'axis', x: width - labelWidth + 8, y: y + band / 2 + 12 }, step.proof));
    }));
}
