// Form fields of the workspace: a labelled input, and the API's messages shown at the input whose path they name.
import { el } from '../common/dom.js';

let serial = 0;

/**
 * A labelled input (or textarea/select given as `tag`) carrying the API input path it edits (data-path), so that a
 * refusal naming that path is shown at it.
 */
export function field(label, { tag = 'input', path, id, ...props } = {}, ...children) {
  const control = el(tag, { id: id ?? `f${++serial}`, dataset: path ? { path } : {}, ...props }, ...children);
  return { label: el('label', { className: `field ${props.className ?? ''}` }, label, control), control };
}

/** Clears what showFieldErrors put in the container. */
export function clearFieldErrors(container) {
  container.querySelectorAll('.field-error').forEach((e) => e.remove());
  container.querySelectorAll('[aria-invalid]').forEach((c) => {
    c.removeAttribute('aria-invalid');
    c.removeAttribute('aria-describedby');
  });
}

/**
 * Shows each message of a GraphQLError's `fields` at the control whose data-path is that path (the nearest one above
 * it in the path when none edits it exactly, e.g. observations[2] for a duplicate figure), the focus on the first
 * unless the user is typing elsewhere (`focus` false); gives the messages that found no control, for the page's status.
 */
export function showFieldErrors(container, fields, focus = true) {
  clearFieldErrors(container);
  const unplaced = [];
  let first = null;
  fields.forEach((messages, path) => {
    const control = controlFor(container, path);
    if (!control) {
      unplaced.push(...messages);
      return;
    }
    const note = el('p', { className: 'field-error', id: `e${++serial}` }, messages.join(' '));
    control.setAttribute('aria-invalid', 'true');
    control.setAttribute('aria-describedby', note.id);
    if (control.tagName === 'TR') {
      control.lastElementChild.append(note); // a figure as a whole, e.g. given twice
    } else {
      (control.closest('label') ?? control).after(note);
    }
    first ??= control;
  });
  if (focus) {
    first?.focus();
  }
  return unplaced;
}

function controlFor(container, path) {
  for (let p = path; p; p = p.replace(/(\.[^.[\]]+|\[\d+\])$/, '')) {
    const control = container.querySelector(`[data-path="${CSS.escape(p)}"]`);
    if (control) {
      return control;
    }
    if (!/(\.[^.[\]]+|\[\d+\])$/.test(p)) {
      return null;
    }
  }
  return null;
}
