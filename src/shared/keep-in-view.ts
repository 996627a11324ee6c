const WATCH_MS = 4000;
const USER_SCROLL = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/**
 * Called when a linked item has been scrolled to (smoothly) and focused (src/shared/reveal-item.ts).
 * What renders on the way (blocks taller or shorter than their estimate off screen, the item's
 * own card opening, a panel paging) can leave the scroll short of the item. When it ends with
 * the item off screen, and the reader has not scrolled meanwhile, it is brought back.
 */
export function keepInView(target: HTMLElement): void {
  const stop = () => {
    window.clearTimeout(timer);
    window.removeEventListener('scrollend', check, true);
    for (const type of USER_SCROLL) window.removeEventListener(type, stop, true);
  };
  const check = () => {
    stop();
    if (document.activeElement !== target) return;
    // Its start off screen, or its end while it would fit (a long expanded item may run past the
    // bottom): centred if it fits, else from its start.
    const { top, bottom, height } = target.getBoundingClientRect();
    const fits = height <= window.innerHeight;
    if (top < 0 || top > window.innerHeight || (fits && bottom > window.innerHeight))
      target.scrollIntoView({ block: fits ? 'center' : 'start' });
  };
  const timer = window.setTimeout(stop, WATCH_MS);
  // Captured: the rail scrolls on its own, and an element's scrollend does not bubble.
  window.addEventListener('scrollend', check, true);
  for (const type of USER_SCROLL) window.addEventListener(type, stop, { capture: true, passive: true });
}
