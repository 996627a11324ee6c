export type BenchOptions = {
  /** Samples of each page, interleaved (A, B, A, B, …). */
  runs: number;
  /** Rounds (the first ones) in which the app's interactions are timed too: they are slow at scale. */
  interactionRuns: number;
  /** The larger article is the seed this many times over. */
  scale: number;
  cpuThrottling: number;
  width: number;
  height: number;
  /** Where the app is built and served from (and the generated files written). */
  outDir: string;
  skipBuild: boolean;
  noFail: boolean;
  settleMs: number;
  /** Only the measures whose label starts with one of these (`--only=50×,list`); all when empty. */
  only: string[];
  /** `--ab=all` or `--ab=ID,…`: the A/B run of those speed measures (run-ab.ts) instead of the bench. */
  ab: string | undefined;
};

function flag(args: string[], name: string): string | undefined {
  const prefix = `--${name}=`;
  return args.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
}

function number(text: string | undefined, fallback: number, name: string): number {
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`${name} must be a positive number, not "${text}"`);
  return value;
}

/** Flags win over environment variables: `--runs=9` or `BENCH_RUNS=9`, and so on. */
export function readOptions(args: string[], env: NodeJS.ProcessEnv): BenchOptions {
  const [width, height] = (flag(args, 'viewport') ?? env.BENCH_VIEWPORT ?? '1280x900').split('x');
  return {
    runs: Math.max(1, Math.round(number(flag(args, 'runs') ?? env.BENCH_RUNS, 7, 'runs'))),
    interactionRuns: Math.round(
      number(flag(args, 'interaction-runs') ?? env.BENCH_INTERACTION_RUNS, 3, 'interaction-runs'),
    ),
    scale: Math.round(number(flag(args, 'scale') ?? env.BENCH_SCALE, 50, 'scale')),
    cpuThrottling: number(flag(args, 'cpu') ?? env.BENCH_CPU, 4, 'cpu'),
    width: number(width, 1280, 'viewport width'),
    height: number(height, 900, 'viewport height'),
    outDir: flag(args, 'out-dir') ?? env.BENCH_OUT_DIR ?? 'dist',
    skipBuild: args.includes('--skip-build') || env.BENCH_SKIP_BUILD === '1',
    noFail: args.includes('--no-fail') || env.BENCH_NO_FAIL === '1',
    settleMs: number(flag(args, 'settle') ?? env.BENCH_SETTLE_MS, 1000, 'settle'),
    only: (flag(args, 'only') ?? env.BENCH_ONLY ?? '')
      .split(',')
      .map((label) => label.trim())
      .filter((label) => label !== ''),
    ab: flag(args, 'ab') ?? env.BENCH_AB,
  };
}

/** The measures `--only` names (by the start of their label); all of them when it names none. */
export function pickMeasures<T extends { label: string }>(measures: T[], only: string[]): T[] {
  if (only.length === 0) return measures;
  const chosen = measures.filter(({ label }) => only.some((prefix) => label.startsWith(prefix)));
  if (chosen.length === 0)
    throw new Error(
      `--only=${only.join(',')} names no measure of ${measures.map((m) => m.label).join(', ')}`,
    );
  return chosen;
}
