/** How long an item the host asked for may take to appear (a panel's code loading, a reveal). */
const LOCATE_MS = 5000;

/** The item's element: its own id, or the card that shows it. */
function findItem(item: string): HTMLElement | null {
  return document.getElementById(item) ?? document.querySelector<HTMLElement>(`[data-pv-card="${item}"]`);
}

/**
 * Calls `found` with how far below the top of `root` the item shows, once it is in the page
 * and laid out (after the reveal's own effects). Returns a function that stops waiting.
 */
export function locateItem(root: HTMLElement, item: string, found: (top: number) => void): () => void {
  let timer = 0;
  // Timers, not animation frames: a cross-origin frame off screen (below the host's fold, the
  // very case) gets no animation frames. Two turns let the reveal's own effects run first.
  const measure = () => {
    timer = window.setTimeout(() => {
      timer = window.setTimeout(() => {
        const element = findItem(item);
        if (element) found(element.getBoundingClientRect().top - root.getBoundingClientRect().top);
      });
    });
  };
  if (findItem(item)) {
    measure();
    return () => {
      window.clearTimeout(timer);
    };
  }
  const observer = new MutationObserver(() => {
    if (!findItem(item)) return;
    stop();
    measure();
  });
  const deadline = window.setTimeout(() => {
    stop();
  }, LOCATE_MS);
  function stop() {
    observer.disconnect();
    window.clearTimeout(deadline);
  }
  // React may reuse the element and change its id (one card after another): ids count too.
  observer.observe(root, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['id', 'data-pv-card'],
  });
  return () => {
    stop();
    window.clearTimeout(timer);
  };
}
