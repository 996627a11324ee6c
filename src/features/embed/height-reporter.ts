/**
 * Calls `send` with the height of `root` (whole CSS pixels) now and whenever it changes: a card
 * opening, the timeline filtered, fonts or the frame's width changing. Returns a function that
 * stops watching. The root must hold all the page's content (no margins collapsing out of it).
 */
export function reportHeight(root: HTMLElement, send: (height: number) => void): () => void {
  let last = -1;
  const measure = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    send(height);
  };
  measure();
  if (typeof ResizeObserver === 'undefined') return () => undefined;
  const observer = new ResizeObserver(measure);
  observer.observe(root);
  return () => {
    observer.disconnect();
  };
}
