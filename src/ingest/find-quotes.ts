/**
 * Quotation marks in one block of text. A mark span runs from the opening mark to the closing
 * one; the words are what lies between (marks excluded). A quotation left open at the end of the
 * block (a quote running on into the next paragraph, or a stray mark) ends with the block.
 */
export type QuoteSpan = {
  open: number; // index of the opening mark
  start: number; // first character of the words
  end: number; // end of the words (exclusive)
  close: number | null; // index of the closing mark; null when the block ends first
  nested: QuoteSpan[]; // single-quoted words inside a double quotation
};

const LETTER = /[\p{L}\p{N}]/u;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

/** A straight mark opens when it starts the text or follows space or an opening bracket. */
function opensHere(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  return (before === undefined || /[\s([{—–-]/.test(before)) && after !== undefined && !/\s/.test(after);
}

function openSpan(open: number): QuoteSpan {
  return { open, start: open + 1, end: open + 1, close: null, nested: [] };
}

/** Ends a quotation that never closed at the end of the text, white space excluded. */
function endOpen(text: string, span: QuoteSpan, limit: number): QuoteSpan {
  let end = limit;
  while (end > span.start && /\s/.test(text.charAt(end - 1))) end -= 1;
  return { ...span, end };
}

function scanSingles(text: string, span: QuoteSpan): QuoteSpan[] {
  const found: QuoteSpan[] = [];
  let current: QuoteSpan | null = null;
  for (let i = span.start; i < span.end; i += 1) {
    const ch = text.charAt(i);
    if (!current) {
      if (ch === '『') current = openSpan(i);
      else if (ch === '‘' || (ch === "'" && opensHere(text, i))) current = openSpan(i);
    } else if (text.charAt(current.open) === '『') {
      if (ch === '』') {
        if (i > current.start) found.push({ ...current, end: i, close: i });
        current = null;
      }
    } else if ((ch === '’' || ch === "'") && !isLetter(text[i + 1])) {
      if (i > current.start) found.push({ ...current, end: i, close: i });
      current = null;
    }
  }
  return found;
}

export function findQuotes(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let current: QuoteSpan | null = null;
  const finish = (span: QuoteSpan) => {
    if (span.end > span.start) spans.push({ ...span, nested: scanSingles(text, span) });
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charAt(i);
    if (!current) {
      if (ch === '“' || ch === '「' || (ch === '"' && opensHere(text, i))) current = openSpan(i);
      else if (ch === '‘' && isLetter(text[i + 1])) {
        // A top-level single quotation (British style), closed by ’ before a non-letter.
        const close = text.slice(i + 1).search(/’(?![\p{L}\p{N}])/u);
        if (close > 0) {
          spans.push({ open: i, start: i + 1, end: i + 1 + close, close: i + 1 + close, nested: [] });
          i += close + 1;
        }
      }
    } else if (text.charAt(current.open) === '「') {
      // Corner brackets (Korean, Japanese, Chinese) close only with their own mark.
      if (ch === '」') {
        finish({ ...current, end: i, close: i });
        current = null;
      }
    } else if (ch === '”' || ch === '"') {
      finish({ ...current, end: i, close: i });
      current = null;
    } else if (ch === '“') {
      // An opening mark inside an open quotation: the first one was never closed.
      finish(endOpen(text, current, i));
      current = openSpan(i);
    }
  }
  if (current) finish(endOpen(text, current, text.length));
  return spans;
}

/** The editor's bracketed insertions inside a span, brackets included. */
export function findInsertions(text: string, start: number, end: number): [number, number][] {
  const found: [number, number][] = [];
  const pattern = /\[[^[\]]+\]/g;
  const slice = text.slice(start, end);
  for (const match of slice.matchAll(pattern))
    found.push([start + match.index, start + match.index + match[0].length]);
  return found;
}
