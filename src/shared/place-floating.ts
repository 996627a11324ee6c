const GAP = 6;
const EDGE = 8;

/**
 * Puts a fixed-position floating element (a popover in the top layer) beside `anchor`: above
 * its first line when there is room, else below it; never past the viewport's edges. Through
 * the CSSOM (a strict CSP blocks style attributes, not this).
 */
export function placeFloating(floating: HTMLElement, anchor: Element, prefer: 'above' | 'below' = 'above') {
  const line = anchor.getClientRects()[0] ?? anchor.getBoundingClientRect();
  const { width, height } = floating.getBoundingClientRect();
  const above = line.top - height - GAP;
  const below = line.bottom + GAP;
  const fitsBelow = below + height <= window.innerHeight - EDGE;
  const top =
    prefer === 'above' ? (above >= EDGE ? above : below) : fitsBelow || above < EDGE ? below : above;
  const left = Math.max(EDGE, Math.min(line.left, window.innerWidth - width - EDGE));
  floating.style.top = `${Math.round(top)}px`;
  floating.style.left = `${Math.round(left)}px`;
}
