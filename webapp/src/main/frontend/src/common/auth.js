// Who the pages speak for: an HTTP Basic user and password or a bearer token, kept for this browser tab only
// (sessionStorage), sent as the Authorization header. Without one, requests are anonymous.
import { t, onLanguageChange } from './i18n.js';

const KEY = 'cchc.authorization';

export function authorization() {
  return sessionStorage.getItem(KEY);
}

function basic(user, password) {
  // btoa needs Latin-1: encode UTF-8 first so Vietnamese user names survive
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
}

/** Puts the sign-in box into a container; onChange runs after signing in or out. */
export function mountSignIn(container, onChange) {
  const render = () => {
    container.replaceChildren();
    const current = authorization();
    if (current) {
      const who = current.startsWith('Basic ')
        ? new TextDecoder().decode(Uint8Array.from(atob(current.slice(6)), (c) => c.charCodeAt(0))).split(':')[0]
        : t('auth.token');
      const label = document.createElement('span');
      label.className = 'signed-in';
      label.textContent = `${t('auth.signedInAs')} ${who}`;
      const out = button(t('auth.signOut'), () => {
        sessionStorage.removeItem(KEY);
        render();
        onChange?.();
      });
      out.id = 'sign-out';
      container.append(label, out);
      return;
    }
    const form = document.createElement('form');
    form.className = 'sign-in';
    form.id = 'sign-in';
    const user = input('text', t('auth.user'), 'username');
    const password = input('password', t('auth.password'), 'current-password');
    const token = input('text', t('auth.tokenPlaceholder'), 'off');
    form.append(user, password, token, button(t('auth.signIn')));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (token.value.trim()) {
        sessionStorage.setItem(KEY, `Bearer ${token.value.trim()}`);
      } else if (user.value.trim()) {
        sessionStorage.setItem(KEY, basic(user.value.trim(), password.value));
      } else {
        return;
      }
      render();
      onChange?.();
    });
    container.append(form);
  };
  render();
  onLanguageChange(render);
}

function input(type, placeholder, autocomplete) {
  const el = document.createElement('input');
  el.type = type;
  el.placeholder = placeholder;
  el.setAttribute('aria-label', placeholder);
  el.autocomplete = autocomplete;
  el.size = 12;
  return el;
}

function button(text, onClick) {
  const el = document.createElement('button');
  el.textContent = text;
  if (onClick) {
    el.type = 'button';
    el.addEventListener('click', onClick);
  }
  return el;
}
