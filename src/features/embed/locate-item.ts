/** How long an item the host asked for may take to appear (a panel's code loading, a reveal). */
const LOCATE_MS = 5000;

/** The item's element: its own id, or the card that shows it. */
function findItem(item: string): HTMLElement | null {
  return document.getElementById(item) ?? document.querySelector<HTMLElement>(`[data-pv-card="${item}"]`);
}

/**
 * Calls `found` with how far below the top of `root` the item shows, once it is in the page
 * and laid out (after the reveal's own frame). Returns a function that stops waiting.
 */
export function locateItem(root: HTMLElement, item: string, found: (top: number) => void): () => void {
  let frame = 0;
  const measure = () => {
    frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        const element = findItem(item);
        if (element) found(element.getBoundingClientRect().top - root.getBoundingClientRect().top);
      });
    });
  };
  if (findItem(item)) {
    measure();
    return () => {
      cancelAnimationFrame(frame);
    };
  }
  const observer = new MutationObserver(() => {
    if (!findItem(item)) return;
    stop();
    measure();
  });
  const timer = window.setTimeout(() => {
    stop();
  }, LOCATE_MS);
  function stop() {
    observer.disconnect();
    window.clearTimeout(timer);
  }
  observer.observe(root, { childList: true, subtree: true });
  return () => {
    stop();
    cancelAnimationFrame(frame);
  };
}
