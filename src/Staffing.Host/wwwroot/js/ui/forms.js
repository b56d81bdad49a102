// Labelled form fields: every input has a label bound by for/id, so forms work with keyboard and screen readers.
import { h } from '../dom.js';

let counter = 0;

export function field(label, input) {
  const id = input.id || `f${++counter}`;
  input.id = id;
  return h('div', { class: 'field' }, h('label', { for: id }, label), input);
}

export const textInput = (name, attrs = {}) => h('input', { name, type: 'text', ...attrs });
export const numberInput = (name, attrs = {}) => h('input', { name, type: 'number', inputmode: 'numeric', ...attrs });

export function select(name, options, attrs = {}) {
  return h('select', { name, ...attrs }, options.map(o => {
    const [value, text] = Array.isArray(o) ? o : [o, o];
    return h('option', { value }, text);
  }));
}

/** The form's non-empty values as an object. */
export function values(form) {
  return Object.fromEntries([...new FormData(form).entries()].filter(([, v]) => String(v).trim() !== '').map(([k, v]) => [k, String(v).trim()]));
}
