// What every workspace page starts with: the language switch, the sign-in box, and who is
// signed in as the API tells it (viewer: name, a reporter's unit, permissions), so that a page offers only what the
// API allows. A page's load runs at start and again after signing in or out.
import { mountSignIn } from './auth.js';
import { GraphQLError, graphql } from './graphql.js';
import { mountLanguageSwitch, t } from './i18n.js';
import { VIEWER } from './queries.js';

let current = null;

/** The signed-in caller: {name, unit, permissions}; anonymous: name null, no permission. */
export function viewer() {
  return current;
}

/** Whether the caller may do this (a Permission of the API) on some unit at least. */
export function may(permission) {
  return current?.permissions.includes(permission) ?? false;
}

/**
 * Mounts the app bar's parts (#auth, #language) and runs load(viewer) now and after every sign-in or out; a failure
 * shows in #status.
 */
export function startPage(load) {
  const run = async () => {
    showStatus();
    try {
      current = (await graphql(VIEWER)).viewer;
      await load(current);
    } catch (error) {
      showError(error);
    }
  };
  mountLanguageSwitch(document.getElementById('language'));
  mountSignIn(document.getElementById('auth'), run);
  run();
}

/** Says in #status what went wrong: the API's messages (in the page's language), or that signing in is needed. */
export function showError(error) {
  const status = document.getElementById('status');
  if (error instanceof GraphQLError && error.needsSignIn) {
    if (viewer()?.name) {
      status.textContent = t('signIn.forbidden');
      status.className = 'status sign-in';
    } else {
      askToSignIn();
    }
  } else {
    status.textContent = error instanceof GraphQLError ? error.errors.map((e) => e.message).join(' · ') : error.message;
    status.className = 'status error';
  }
}

/** Says in #status that this page needs a signed-in user. */
export function askToSignIn() {
  const status = document.getElementById('status');
  status.textContent = t('page.signIn');
  status.className = 'status sign-in';
}

/** Clears #status, or says something there. */
export function showStatus(text = '') {
  const status = document.getElementById('status');
  status.textContent = text;
  status.className = 'status';
}
