import { median } from './stats';

/** Per round, one arm's figure (null when that sample had none). */
export type RoundFigures = (number | null)[];

export type Verdict = 'noise' | 'pays' | 'within noise' | 'costs';

export type AbRow = {
  page: string;
  metric: string;
  arm: string;
  /** Per round, the arm's figure minus the default's: positive when the arm was slower. */
  differences: number[];
  median: number | null;
  min: number | null;
  max: number | null;
  verdict: Verdict;
};

/** Round by round, `arm − default`, for the rounds where both have a figure. */
export function pairedDifferences(arm: RoundFigures, base: RoundFigures): number[] {
  return arm.flatMap((value, round) => {
    const paired = base[round];
    return value === null || paired === null || paired === undefined ? [] : [value - paired];
  });
}

/** How far the default differs from itself: the largest of its paired differences, either way. */
export function noiseBound(noise: number[]): number {
  return noise.length === 0 ? Number.POSITIVE_INFINITY : Math.max(...noise.map(Math.abs));
}

/**
 * A build without a measure that is slower (its median paired difference) by more than the
 * default ever differed from itself: the measure pays; faster by as much: it costs; else it is
 * within the noise.
 */
export function verdict(differences: number[], noise: number[]): Exclude<Verdict, 'noise'> {
  const middle = median(differences);
  const bound = noiseBound(noise);
  if (middle === null) return 'within noise';
  if (middle > bound) return 'pays';
  return middle < -bound ? 'costs' : 'within noise';
}

/**
 * One page's metric: each arm against the default, the noise arm first. `figures` maps an arm's
 * label to its per-round figures, in the same rounds as the default's.
 */
export function summarizeAb(
  page: string,
  metric: string,
  figures: Map<string, RoundFigures>,
  defaultArm: string,
  noiseArm: string,
): AbRow[] {
  const base = figures.get(defaultArm) ?? [];
  const noise = pairedDifferences(figures.get(noiseArm) ?? [], base);
  return [...figures]
    .filter(([arm]) => arm !== defaultArm)
    .map(([arm, values]) => {
      const differences = arm === noiseArm ? noise : pairedDifferences(values, base);
      return {
        page,
        metric,
        arm,
        differences,
        median: median(differences),
        min: differences.length > 0 ? Math.min(...differences) : null,
        max: differences.length > 0 ? Math.max(...differences) : null,
        verdict: arm === noiseArm ? 'noise' : verdict(differences, noise),
      };
    });
}

const signed = (value: number | null) =>
  value === null ? '—' : `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(0)}`;

/** A plain-text table: page, metric, arm, median difference (ms), min…max, verdict. */
export function formatAbTable(rows: AbRow[]): string {
  const header = ['page', 'metric', 'build', 'median Δ ms', 'min…max', 'rounds', 'verdict'];
  const lines = [
    header,
    ...rows.map((row) => [
      row.page,
      row.metric,
      row.arm,
      signed(row.median),
      `${signed(row.min)}…${signed(row.max)}`,
      String(row.differences.length),
      row.verdict,
    ]),
  ];
  const widths = header.map((_, column) => Math.max(...lines.map((line) => (line[column] ?? '').length)));
  return lines
    .map((line) => line.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  '))
    .join('\n');
}
