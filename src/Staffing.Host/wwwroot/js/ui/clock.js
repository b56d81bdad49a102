// Service-level clocks: time left until a due time, ticking each second while the page shows it.
import { h } from '../dom.js';

const timers = new Set();

/** Stops every clock of the previous page (the router calls this before rendering a page). */
export function stopClocks() {
  for (const t of timers) clearInterval(t);
  timers.clear();
}

export function formatRemaining(seconds) {
  const overdue = seconds < 0;
  let s = Math.abs(Math.round(seconds));
  const d = Math.floor(s / 86400); s -= d * 86400;
  const hrs = Math.floor(s / 3600); s -= hrs * 3600;
  const m = Math.floor(s / 60); s -= m * 60;
  const text = d ? `${d}d ${hrs}h ${m}m` : hrs ? `${hrs}h ${m}m ${s}s` : `${m}m ${s}s`;
  return overdue ? `overdue by ${text}` : `${text} left`;
}

/** A clock counting down to dueAt (ISO time); "no service level" when there is none. */
export function slaClock(dueAt) {
  if (!dueAt) return h('span', { class: 'muted' }, 'no service level');
  const due = Date.parse(dueAt);
  const el = h('span', { class: 'sla' });
  const tick = () => {
    const left = (due - Date.now()) / 1000;
    el.textContent = formatRemaining(left);
    el.classList.toggle('overdue', left < 0);
    el.classList.toggle('soon', left >= 0 && left < 3600);
  };
  tick();
  timers.add(setInterval(tick, 1000));
  return h('time', { datetime: dueAt, title: new Date(due).toLocaleString() }, el);
}
