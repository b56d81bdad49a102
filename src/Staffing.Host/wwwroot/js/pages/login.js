// Sign-in: POST /api/auth/login, then back to the page the user asked for.
import { h, replace } from '../dom.js';
import { signIn } from '../session.js';
import { field, textInput } from '../ui/forms.js';
import { problemBox, markFields } from '../ui/problem.js';

export const loginPage = {
  title: 'Sign in',
  render(view, _params, _user, { navigate, signedIn }) {
    const errors = h('div', { 'aria-live': 'assertive' });
    const name = textInput('user', { autocomplete: 'username', required: true, autofocus: true });
    const password = h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true });
    const submit = h('button', { type: 'submit' }, 'Sign in');
    const form = h('form', { novalidate: true },
      field('User name', name), field('Password', password), submit);
    form.addEventListener('submit', async event => {
      event.preventDefault();
      submit.disabled = true;
      replace(errors);
      try {
        await signIn(name.value.trim(), password.value);
        signedIn();
        const next = new URLSearchParams(location.search).get('next');
        navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : '/', { replace: true });
      } catch (e) {
        markFields(form, e);
        replace(errors, problemBox(e));
        password.select();
      } finally {
        submit.disabled = false;
      }
    });
    replace(view, h('section', { class: 'login card' },
      h('h1', {}, 'Sign in to Staffing'),
      h('p', { class: 'muted' }, 'Resource managers, partners and client users sign in here.'),
      errors, form));
    name.focus();
  },
};
