import type { Article } from '../../../article/article-schema';
import { blockText } from '../../../article/body-schema';
import type { TextRange } from '../../../article/text-range-schema';

/** Ranges are never typed: they come from a selection in the read-only text, trimmed of spaces. */
export function rangeIn(article: Article, blockId: string, start: number, end: number): TextRange | null {
  const block = article.body.find((b) => b.id === blockId);
  if (!block) return null;
  const text = blockText(block);
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  while (from < to && /\s/.test(text.charAt(from))) from += 1;
  while (to > from && /\s/.test(text.charAt(to - 1))) to -= 1;
  if (from >= to) return null;
  return { blockId, start: from, end: to, text: text.slice(from, to) };
}

/** The words inside the quotation marks when the editor selected the marks too. */
export function withoutQuoteMarks(article: Article, range: TextRange): TextRange {
  const lead = /^[\s"“”‘’'«»„]*/u.exec(range.text)?.[0].length ?? 0;
  const tail = /[\s"“”‘’'«»]*$/u.exec(range.text)?.[0].length ?? 0;
  return rangeIn(article, range.blockId, range.start + lead, range.end - tail) ?? range;
}

export function isInside(inner: TextRange, outer: TextRange): boolean {
  return inner.blockId === outer.blockId && inner.start >= outer.start && inner.end <= outer.end;
}

export function overlap(a: TextRange, b: TextRange): boolean {
  return a.blockId === b.blockId && a.start < b.end && b.start < a.end;
}

/** Ranges sorted as they read: by block order, then offset. */
export function compareRanges(article: Article, a: TextRange, b: TextRange): number {
  const order = (id: string) => article.body.findIndex((block) => block.id === id);
  return order(a.blockId) - order(b.blockId) || a.start - b.start;
}
