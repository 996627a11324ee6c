/**
 * A passage named by its text, not its position (the W3C Web Annotation TextQuoteSelector):
 * the exact words plus a little context on each side, so a link survives edits to ids and
 * offsets elsewhere in the article.
 */
export type TextQuote = { exact: string; prefix: string; suffix: string };

export const CONTEXT_LENGTH = 32;
export const MAX_EXACT_LENGTH = 600;

export type PassageMatch =
  | { status: 'found'; blockId: string; start: number; end: number }
  | { status: 'missing' }
  | { status: 'ambiguous'; count: number };

/** The selector for `text.slice(start, end)`, with context from the same block. */
export function quoteFromRange(text: string, start: number, end: number): TextQuote {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
  };
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n += 1;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

/**
 * Finds a passage by its words. Every exact occurrence is scored by how much of the stored
 * context still surrounds it; the best wins only if it beats the others. No look-alikes: if the
 * exact words are gone, the passage is missing.
 */
export function findPassage(blocks: readonly { id: string; text: string }[], quote: TextQuote): PassageMatch {
  const candidates: { blockId: string; start: number; score: number }[] = [];
  for (const block of blocks) {
    for (let at = block.text.indexOf(quote.exact); at !== -1; at = block.text.indexOf(quote.exact, at + 1)) {
      const before = block.text.slice(Math.max(0, at - quote.prefix.length), at);
      const after = block.text.slice(at + quote.exact.length, at + quote.exact.length + quote.suffix.length);
      candidates.push({
        blockId: block.id,
        start: at,
        score: commonSuffixLength(before, quote.prefix) + commonPrefixLength(after, quote.suffix),
      });
    }
  }
  if (candidates.length === 0) return { status: 'missing' };
  candidates.sort((a, b) => b.score - a.score);
  const [best, second] = candidates;
  if (!best) return { status: 'missing' };
  if (second && second.score === best.score) return { status: 'ambiguous', count: candidates.length };
  return { status: 'found', blockId: best.blockId, start: best.start, end: best.start + quote.exact.length };
}

/** Where a passage link landed in the text. */
export type PassageRange = { blockId: string; start: number; end: number };

/** The DOM id of the marked passage a link points to. */
export const PASSAGE_DOM_ID = 'linked-passage';
