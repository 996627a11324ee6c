import { keepInView } from './keep-in-view';

/**
 * Brings an item into view and gives it focus so a screen reader announces it, with a brief
 * highlight (the CSS skips the fade under prefers-reduced-motion). Returns false when the item is
 * not on the page.
 */
export function revealItem(id: string, doc: Document = document): boolean {
  const element = doc.getElementById(id);
  if (!element) return false;
  revealElement(element);
  return true;
}

/** The same for an element that has no id of its own (the second part of a split quote). */
export function revealElement(element: HTMLElement): void {
  const doc = element.ownerDocument;
  const reduced = doc.defaultView?.matchMedia('(prefers-reduced-motion: reduce)').matches ?? true;
  // Already focused and on screen (boot.js showed it before the app ran, or the browser did for
  // a plain `#ID`): moving it now would only take it from under the reader's eyes.
  const { top, bottom } = element.getBoundingClientRect();
  const seen = doc.activeElement === element && top >= 0 && bottom <= (doc.defaultView?.innerHeight ?? 0);
  // The tabindex first: it gives the item the margin every linked item lands with (reader.css).
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  if (!seen) element.scrollIntoView({ block: 'start', behavior: reduced ? 'auto' : 'smooth' });
  element.focus({ preventScroll: true });
  keepInView(element);
  // Remove, then add on the next frame, so a second visit restarts the fade.
  element.classList.remove('pv-flash');
  requestAnimationFrame(() => element.classList.add('pv-flash'));
}
