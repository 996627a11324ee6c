/**
 * Calls `done` once the next frame has been painted (a rAF runs before it, a task after);
 * returns a cancel, so an effect can use it as its cleanup.
 */
export function afterNextPaint(done: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(done, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
