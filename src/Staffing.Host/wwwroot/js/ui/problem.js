// Problem details shown as people read them: the title, the detail, and each field's errors.
import { h } from '../dom.js';
import { ApiError } from '../api.js';

export function problemBox(error) {
  const problem = error instanceof ApiError ? error.problem : { title: 'Something went wrong', detail: error?.message };
  const fields = Object.entries(problem.errors ?? {});
  return h('div', { class: 'problem', role: 'alert' },
    h('h2', {}, problem.title || 'Request failed'),
    problem.detail ? h('p', { class: 'detail' }, problem.detail) : null,
    fields.length ? h('ul', {}, fields.map(([field, messages]) => h('li', {}, h('strong', {}, field), ': ', [].concat(messages).join('; ')))) : null);
}

/** A page-level "not found": what the API answers for objects that do not exist or belong to another client. */
export function notFound(what, id) {
  return h('section', { class: 'not-found' },
    h('h1', {}, `${what} not found`),
    h('p', { class: 'muted' }, `There is no ${what.toLowerCase()} "${id}" that you can see.`),
    h('p', {}, h('a', { href: '/' }, 'Back to the start page')));
}

/** Marks fields named in a validation problem (aria-invalid + message under the field); clears earlier marks. */
export function markFields(form, error) {
  for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
  for (const el of form.querySelectorAll('.field-error')) el.remove();
  const errors = error instanceof ApiError ? error.problem.errors ?? {} : {};
  for (const [name, messages] of Object.entries(errors)) {
    const input = form.querySelector(`[name="${CSS.escape(name)}" i]`);
    if (!input) continue;
    const id = `${input.id}-error`;
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', id);
    input.closest('.field')?.append(h('span', { class: 'field-error', id }, [].concat(messages).join('; ')));
  }
}
