// The box a file is chosen in or dropped on, shared by the pages that take a file in (dossiers, a Word report).
import { el } from '../common/dom.js';

/**
 * A labelled file input inside a drop zone (#drop-zone): onFile(file) is called with the file chosen or dropped, and
 * the input is emptied, so that the same file chosen again (corrected) is sent again.
 */
export function dropZone({ inputId, accept, label, hint, disabled, onFile }) {
  const take = (file) => {
    if (file) {
      onFile(file);
    }
  };
  const zone = el('div', {
    className: 'drop-zone',
    id: 'drop-zone',
    onDragover: (e) => {
      e.preventDefault();
      zone.classList.add('over');
    },
    onDragleave: () => zone.classList.remove('over'),
    onDrop: (e) => {
      e.preventDefault();
      zone.classList.remove('over');
      take(e.dataTransfer.files[0]);
    },
  },
  el('label', { htmlFor: inputId }, label),
  el('input', {
    type: 'file',
    id: inputId,
    accept,
    disabled,
    dataset: { focus: inputId },
    onChange: (e) => {
      const file = e.target.files[0];
      e.target.value = '';
      take(file);
    },
  }),
  el('p', { className: 'hint' }, hint));
  return zone;
}
