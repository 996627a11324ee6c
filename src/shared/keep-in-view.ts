const WATCH_MS = 4000;
const USER_SCROLL = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

function outOfView(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.bottom < 0 || box.top > window.innerHeight;
}

/**
 * Called when something in the text takes focus. A linked item is scrolled to (smoothly) and
 * focused by script; blocks rendered on the way may be taller or shorter than the estimate they
 * had while off screen, so the scroll can end away from the item. When it does, and the reader
 * has not scrolled meanwhile, it is brought back into view. Only items focused by script
 * (`tabindex="-1"`) are watched, never controls reached with Tab or a click.
 */
export function keepInView(target: EventTarget): void {
  if (!(target instanceof HTMLElement) || target.getAttribute('tabindex') !== '-1') return;
  const stop = () => {
    window.clearTimeout(timer);
    window.removeEventListener('scrollend', check);
    for (const type of USER_SCROLL) window.removeEventListener(type, stop, true);
  };
  const check = () => {
    stop();
    if (document.activeElement === target && outOfView(target)) target.scrollIntoView({ block: 'center' });
  };
  const timer = window.setTimeout(stop, WATCH_MS);
  window.addEventListener('scrollend', check);
  for (const type of USER_SCROLL) window.addEventListener(type, stop, { capture: true, passive: true });
}
