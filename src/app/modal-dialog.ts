/** A modal `<dialog>` opened and closed, also where the DOM has no showModal (jsdom). */

export function openModal(dialog: HTMLDialogElement) {
  // jsdom has no showModal; a browser always does.
  if (typeof dialog.showModal === 'function') dialog.showModal();
  else dialog.setAttribute('open', '');
}

export function closeModal(dialog: HTMLDialogElement) {
  if (!dialog.hasAttribute('open')) return;
  if (typeof dialog.close === 'function') dialog.close();
  else {
    dialog.removeAttribute('open');
    dialog.dispatchEvent(new Event('close'));
  }
}
