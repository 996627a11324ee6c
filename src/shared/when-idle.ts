/**
 * Runs `work` when the browser is idle (soon after, where it cannot say), so that a cache a
 * later click needs is ready without holding up what the reader sees now. Returns a cancel.
 */
export function whenIdle(work: () => void): () => void {
  if ('requestIdleCallback' in window) {
    const handle = window.requestIdleCallback(work);
    return () => {
      window.cancelIdleCallback(handle);
    };
  }
  const timer = setTimeout(work, 0);
  return () => {
    clearTimeout(timer);
  };
}
