// Number, money and name formats used across pages.
import { h } from '../dom.js';

const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('en-US');

export const formatMoney = amount => money.format(amount ?? 0);
export const formatNumber = n => whole.format(n ?? 0);
export const percent = (part, total) => total ? `${Math.round((100 * part) / total)}%` : '–';
export const weeks = (start, end) => `W${start}–W${end - 1}`;
export const gradeLabel = grade => (grade ?? '').replace(/-/g, ' ');
export const tierBadge = tier => h('span', { class: `tier ${tier}` }, tier);
export const tiers = ['diamond', 'gold', 'strategic', 'ordinary'];
/** "ScaleUp" or "scale-up" -> "Scale up"; "delivery-sla-report" -> "Delivery SLA report". */
export const stageLabel = stage => {
  const words = (stage ?? '').replace(/([a-z])([A-Z])/g, '$1 $2').replace(/-/g, ' ').toLowerCase();
  // Evidence names carry an acronym and a hyphenated word that the plain rule would flatten.
  return (words.charAt(0).toUpperCase() + words.slice(1)).replace(/\bsla\b/g, 'SLA').replace(/\b([Cc])o innovation/g, '$1o-innovation');
};
export const share = fraction => `${(Number(fraction) * 100).toFixed(1)}%`;
export const skillTags = skills => Object.entries(skills ?? {}).map(([name, level]) => h('span', { class: 'tag' }, `${name} ${level}`));
