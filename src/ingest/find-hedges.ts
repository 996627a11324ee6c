/** Words that soften a claim, and whose reading they signal. */
export type Hedge = { start: number; end: number; reading: 'inferred' | 'hedged' };

// Appearance and unclarity, "It appears", "appeared to", "remains unclear": the reporter's own
// reading of the evidence.
const INFERENCE = new RegExp(
  [
    String.raw`\b[Ii]t (?:seems|seemed|appears|appeared)\b`,
    String.raw`\b(?:[Ii]t )?(?:is|was|remains|remained|is still|was still) (?:not clear|unclear|uncertain|unknown)\b`,
    String.raw`\b(?:appear|appears|appeared) to\b`,
    String.raw`\b(?:seem|seems|seemed)(?: to)?\b`, // "appears" alone may be in court; "seems" always hedges
    String.raw`\b(?:apparently|presumably|suggests?)\b`,
  ].join('|'),
  'g',
);
// Possibility, probability, expectation, doubt and hearsay: a claim softened or passed on.
const SOFTENING = new RegExp(
  [
    String.raw`\b(?:may|might|could)\b(?! not\b| never\b)`,
    String.raw`\b(?:possibly|perhaps|maybe|probably|likely|unlikely|reportedly|allegedly|purportedly|speculated|rumou?red)\b`,
    String.raw`\b(?:is|are|was|were|had been|has been|have been)\s+(?:widely\s+)?expected to\b`,
    String.raw`\b(?:no longer|not|un)\s?sure\b`,
    // Korean: 수 있다 "could", 것으로 보인다 "appears", 것으로 알려졌다 "reportedly", 예정이다 "is expected to"
    String.raw`수(?:도)? 있(?:다|을)|것으로 (?:보인다|보여|알려졌다|전망된다|예상된다)|예정이다|전망이다|불투명`,
  ].join('|'),
  'gu',
);
const MODAL = /^(?:may|might|could)$/;
// "declined to comment on when talks might restart": a modal inside an embedded question is the
// question's, not a hedge on the sentence's claim.
const EMBEDDED_QUESTION = /\b(?:whether|when|how|why|if|what)\b[^,;.:!?“”"]*$/;

// How far to look around a hedge for its sentence: enough for any sentence, bounded for long lines.
const REACH = 600;

function sentenceAround(text: string, at: number): string {
  const from = Math.max(0, at - REACH);
  const before = text.slice(from, at);
  const start =
    from + Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! ')) + 1;
  const rest = text.slice(at, at + REACH);
  const stop = rest.search(/[.?!](?:\s|$)/);
  return text.slice(start, stop < 0 ? at + rest.length : at + stop + 1);
}

export function findHedges(text: string, start = 0, end = text.length): Hedge[] {
  const slice = text.slice(start, end);
  const hedges: Hedge[] = [];
  for (const [pattern, reading] of [
    [INFERENCE, 'inferred'],
    [SOFTENING, 'hedged'],
  ] as const) {
    for (const match of slice.matchAll(pattern)) {
      const at = start + match.index;
      if (hedges.some((h) => at < h.end && h.start < at + match[0].length)) continue;
      if (sentenceAround(text, at).trimEnd().endsWith('?')) continue; // a question asserts nothing
      if (MODAL.test(match[0]) && EMBEDDED_QUESTION.test(text.slice(Math.max(0, at - 120), at))) continue;
      hedges.push({ start: at, end: at + match[0].length, reading });
    }
  }
  return hedges.sort((a, b) => a.start - b.start);
}
