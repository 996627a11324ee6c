/** Words that soften a claim, and whose reading they signal. */
export type Hedge = { start: number; end: number; reading: 'inferred' | 'hedged' };

// "It appears", "it seems", "It is not clear": the reporter's own reading of the evidence.
const INFERENCE =
  /\b(?:[Ii]t (?:seems|appears|is not clear|is unclear|remains unclear)|appears?|seems?|apparently|suggests?|presumably|likely)\b/g;
// "reportedly", "may": a claim passed on or softened, still the publication's.
const SOFTENING = /\b(?:reportedly|allegedly|may|might|possibly|perhaps|speculated)\b/g;

export function findHedges(text: string, start = 0, end = text.length): Hedge[] {
  const slice = text.slice(start, end);
  const hedges: Hedge[] = [];
  for (const [pattern, reading] of [
    [INFERENCE, 'inferred'],
    [SOFTENING, 'hedged'],
  ] as const) {
    for (const match of slice.matchAll(pattern))
      hedges.push({ start: start + match.index, end: start + match.index + match[0].length, reading });
  }
  return hedges.sort((a, b) => a.start - b.start);
}
