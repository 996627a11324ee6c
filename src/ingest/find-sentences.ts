import type { QuoteSpan } from './find-quotes';
import type { Span } from './text-range';

// Abbreviations whose point does not end a sentence ("Oct. 26", "Mr. Kim", "U.S. officials").
const ABBREVIATIONS = new Set(
  'jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr gen lt col sgt capt sen rep gov st prof vs no inc corp co ltd jr sr'.split(
    ' ',
  ),
);

function endsAbbreviation(text: string, dot: number): boolean {
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  return /^(?:\p{L}\.)*\p{Lu}$/u.test(word); // an initial or "U.S"
}

function insideQuote(quotes: QuoteSpan[], index: number): boolean {
  return quotes.some((q) => index > q.open && index < (q.close ?? q.end));
}

/**
 * Sentences of a block, as spans without edge white space. A quotation is never cut, so
 * “…,” said the source. stays one sentence with the words it attributes.
 */
export function findSentences(text: string, quotes: QuoteSpan[]): Span[] {
  const sentences: Span[] = [];
  let start = 0;
  const boundary = /[.!?][”"’)\]」』]*(?=\s+[“"‘(「『\p{Lu}\p{Lo}\p{N}])/gu;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].length;
    const dot = match.index;
    if (insideQuote(quotes, dot) && insideQuote(quotes, end)) continue;
    if (text.charAt(dot) === '.' && endsAbbreviation(text, dot)) continue;
    sentences.push({ start, end });
    start = end;
  }
  sentences.push({ start, end: text.length });
  return sentences
    .map(({ start: from, end: to }) => {
      let s = from;
      let e = to;
      while (s < e && /\s/.test(text.charAt(s))) s += 1;
      while (e > s && /\s/.test(text.charAt(e - 1))) e -= 1;
      return { start: s, end: e };
    })
    .filter((span) => span.end > span.start);
}
