/**
 * Runs `work` when the browser is idle (soon after, where it cannot say), so that a cache a
 * later click needs is ready without holding up what the reader sees now. `withinMs` caps the
 * wait, for work a reader's click may need in the next seconds while the page keeps the
 * browser busy. Returns a cancel.
 */
export function whenIdle(work: () => void, withinMs?: number): () => void {
  if ('requestIdleCallback' in window) {
    const handle = window.requestIdleCallback(work, withinMs === undefined ? {} : { timeout: withinMs });
    return () => {
      window.cancelIdleCallback(handle);
    };
  }
  const timer = setTimeout(work, 0);
  return () => {
    clearTimeout(timer);
  };
}
