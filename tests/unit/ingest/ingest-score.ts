/** Precision and recall of what ingest found against what an editor marked by hand. */
export type Score = {
  name: string;
  found: number;
  expected: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
};

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
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
  const precision = ratio(pairs.length, found.length);
  const recall = ratio(pairs.length, expected.length);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    name,
    found: found.length,
    expected: expected.length,
    matched: pairs.length,
    precision,
    recall,
    f1,
    pairs,
  };
}

/** Exact matching of keys (span keys or texts), counting repeats. */
export function scoreKeys(name: string, found: string[], expected: string[]): Score {
  return plain(scoreMatches(name, found, expected, (f, e) => f === e));
}

/** The figures alone, without the matched pairs. */
export function plain(score: Score): Score {
  const { name, found, expected, matched, precision, recall, f1 } = score;
  return { name, found, expected, matched, precision, recall, f1 };
}

export function formatScores(title: string, scores: Score[]): string {
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`.padStart(7);
  const rows = scores.map(
    (s) =>
      `${s.name.padEnd(26)} ${String(s.found).padStart(5)} ${String(s.expected).padStart(8)} ${String(s.matched).padStart(7)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}`,
  );
  return [title, `${'item'.padEnd(26)} found expected matched       P       R      F1`, ...rows].join('\n');
}
