import type { TextRange } from '../article/text-range-schema';

/** A range of a block's text; `text` is what the block has there, so it always validates. */
export function makeRange(blockId: string, text: string, start: number, end: number): TextRange {
  return { blockId, start, end, text: text.slice(start, end) };
}

/** The same span without the white space (non-breaking spaces included) at either edge. */
export function trimSpan(text: string, start: number, end: number): [number, number] {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text.charAt(from))) from += 1;
  while (to > from && /\s/.test(text.charAt(to - 1))) to -= 1;
  return [from, to];
}

export type Span = { start: number; end: number };

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}
