/**
 * Precision and recall of what ingest found against what an editor marked by hand, twice: exact
 * (the same span or name) and overlap (one contains the other, as in quote-attribution studies
 * that credit partial matches).
 */
export type Score = {
  name: string;
  found: number;
  expected: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  overlap?: { matched: number; precision: number; recall: number; f1: number };
  recallOnly?: boolean; // the expected side is a sample, so precision means nothing
};

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

function figures(matched: number, found: number, expected: number) {
  const precision = ratio(matched, found);
  const recall = ratio(matched, expected);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { matched, precision, recall, f1 };
}

/** Pairs items one to one, first come first served, when `same` says they agree. */
export function scoreMatches<F, E>(
  name: string,
  found: F[],
  expected: E[],
  same: (f: F, e: E) => boolean,
): Score & { pairs: [F, E][] } {
  const free = [...expected];
  const pairs: [F, E][] = [];
  for (const item of found) {
    const index = free.findIndex((e) => same(item, e));
    if (index < 0) continue;
    pairs.push([item, free[index]!]);
    free.splice(index, 1);
  }
  return {
    name,
    found: found.length,
    expected: expected.length,
    ...figures(pairs.length, found.length, expected.length),
    pairs,
  };
}

/** Exact and overlapping matches of the same two lists. */
export function scoreBoth<F, E>(
  name: string,
  found: F[],
  expected: E[],
  exact: (f: F, e: E) => boolean,
  overlap: (f: F, e: E) => boolean,
): Score {
  const strict = plain(scoreMatches(name, found, expected, exact));
  const loose = scoreMatches(name, found, expected, overlap);
  return { ...strict, overlap: figures(loose.pairs.length, found.length, expected.length) };
}

/** One text contains the other (case and edge spaces ignored). */
export function textsOverlap(a: string, b: string): boolean {
  const x = a.trim().toLowerCase();
  const y = b.trim().toLowerCase();
  return x !== '' && y !== '' && (x.includes(y) || y.includes(x));
}

/** Exact and overlap matching of texts, counting repeats. */
export function scoreTexts(name: string, found: string[], expected: string[]): Score {
  return scoreBoth(name, found, expected, (f, e) => f === e, textsOverlap);
}

/** Exact matching of keys (span keys or texts), counting repeats. */
export function scoreKeys(name: string, found: string[], expected: string[]): Score {
  return plain(scoreMatches(name, found, expected, (f, e) => f === e));
}

/** The figures alone, without the matched pairs. */
export function plain(score: Score): Score {
  const { name, found, expected, matched, precision, recall, f1, overlap, recallOnly } = score;
  return {
    name,
    found,
    expected,
    matched,
    precision,
    recall,
    f1,
    ...(overlap ? { overlap } : {}),
    ...(recallOnly ? { recallOnly } : {}),
  };
}

/** Sums the counts of rows of the same name (micro-average over articles). */
export function sumScores(groups: Score[][]): Score[] {
  const byName = new Map<string, Score>();
  for (const score of groups.flat()) {
    const sum = byName.get(score.name);
    if (!sum) {
      byName.set(score.name, { ...score, ...(score.overlap ? { overlap: { ...score.overlap } } : {}) });
      continue;
    }
    sum.found += score.found;
    sum.expected += score.expected;
    sum.matched += score.matched;
    if (sum.overlap && score.overlap) sum.overlap.matched += score.overlap.matched;
  }
  return [...byName.values()].map((s) => ({
    ...s,
    ...figures(s.matched, s.found, s.expected),
    ...(s.overlap ? { overlap: figures(s.overlap.matched, s.found, s.expected) } : {}),
  }));
}

export function formatScores(title: string, scores: Score[]): string {
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`.padStart(7);
  const rows = scores.map((s) => {
    const precision = s.recallOnly ? '      –' : pct(s.precision);
    const loose = s.overlap
      ? ` | ${s.recallOnly ? '      –' : pct(s.overlap.precision)} ${pct(s.overlap.recall)} ${pct(s.overlap.f1)}`
      : '';
    return `${s.name.padEnd(26)} ${String(s.found).padStart(5)} ${String(s.expected).padStart(8)} ${String(s.matched).padStart(7)} ${precision} ${pct(s.recall)} ${pct(s.f1)}${loose}`;
  });
  return [
    title,
    `${'item'.padEnd(26)} found expected matched  exact P       R      F1 | overl P       R      F1`,
    ...rows,
  ].join('\n');
}
