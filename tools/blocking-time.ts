/** A task longer than this keeps a tap waiting (the RAIL model's, and Lighthouse's, 50 ms). */
const BLOCKING_THRESHOLD_MS = 50;

/**
 * Total blocking time after the first paint, as Lighthouse counts it: for each long task, the
 * part of it after the first contentful paint beyond 50 ms. It says how long a tap on the text
 * the reader already sees may wait while the app starts. Null without a first paint.
 */
export function blockingTimeAfter(
  firstPaint: number | null,
  tasks: { start: number; duration: number }[],
): number | null {
  if (firstPaint === null) return null;
  return tasks.reduce((total, { start, duration }) => {
    const afterPaint = start + duration - Math.max(start, firstPaint);
    return total + Math.max(0, afterPaint - BLOCKING_THRESHOLD_MS);
  }, 0);
}
