import { resolve } from 'node:path';
import { abPlan, AB_MEASURES, armsInRound, DEFAULT_ARM, NOISE_ARM, type AbArm } from './ab-plan';
import { formatAbTable, summarizeAb, type AbRow, type RoundFigures } from './ab-summary';
import { buildApp } from './build-app';
import { startGzipServer, type GzipServer } from './gzip-server';
import { EXPAND_SOURCE_CARD, OPEN_NEGOTIATION_VIEW, type InteractionResult } from './interactions';
import { benchMeasures } from './measures';
import { pickMeasures, type BenchOptions } from './options';
import { prepareArticles, prepareFiles } from './prepare-files';
import { writeResults } from './report';
import { runSample, type Sample, type Target } from './sample';

function latency(result: InteractionResult | undefined): number | null {
  return result && 'latency' in result && Number.isFinite(result.latency) ? result.latency : null;
}

/**
 * What the A/B run reads of a sample: the time to text, the blocking time after it, the first
 * card's opening and the negotiation view's.
 */
const METRICS: Record<string, (sample: Sample) => number | null> = {
  'text ms': (sample) => sample.timeToText,
  'blocking ms': (sample) => sample.blockingMs,
  'first card ms': (sample) => latency(sample.interactions[EXPAND_SOURCE_CARD]),
  'open view ms': (sample) => latency(sample.interactions[OPEN_NEGOTIATION_VIEW]),
};

/**
 * `npm run bench -- --ab=all|ID,…`: what each speed measure buys. Builds the default and, per
 * measure, a build without it (PROVENANCE_SPEED_OFF), then loads each page in every build round by
 * round, the default twice (its difference from itself is the noise), and reports per measure
 * the paired differences from the default.
 */
export async function runAb(root: string, options: BenchOptions, ab: string): Promise<number> {
  const outDir = resolve(root, options.outDir);
  const arms = abPlan(ab, outDir);
  const pagesFrom = `${outDir}-articles`;
  prepareArticles(root, pagesFrom, options.scale);
  const built = new Map<string, Awaited<ReturnType<typeof prepareFiles>>>();
  for (const arm of arms) {
    if (built.has(arm.outDir)) continue;
    if (!options.skipBuild) buildApp(root, arm.outDir, pagesFrom, arm.without ? [arm.without] : []);
    built.set(arm.outDir, prepareFiles(root, pagesFrom, arm.outDir));
  }

  const servers: GzipServer[] = [];
  try {
    // Per arm, the pages measured (the app at each chosen measure), each served on its own port.
    const pages = new Map<AbArm, { label: string; target: Target }[]>();
    for (const arm of arms) {
      const files = built.get(arm.outDir);
      if (!files) throw new Error(`no build for ${arm.label}`);
      const server = await startGzipServer(arm.outDir, '/reader/');
      servers.push(server);
      const measures = benchMeasures(files.articles, files.list, server.url, options.scale);
      const chosen = pickMeasures(measures, options.only.length > 0 ? options.only : AB_MEASURES);
      pages.set(
        arm,
        chosen.map(({ label, targets }) => ({
          label,
          target: { ...targets.app, interactions: 'ab' },
        })),
      );
    }
    const labels = (pages.get(arms[0] as AbArm) ?? []).map(({ label }) => label);
    const samples = new Map<string, Map<string, Sample[]>>(
      labels.map((label) => [label, new Map(arms.map((arm) => [arm.label, []]))]),
    );

    for (let round = 1; round <= options.runs; round += 1) {
      for (const [index, label] of labels.entries()) {
        const timeoutMs = label.startsWith('50') ? 120_000 : 30_000;
        for (const arm of armsInRound(arms, round + index)) {
          const page = pages.get(arm)?.find((p) => p.label === label);
          if (!page) continue;
          const sample = await runSample(page.target, { ...options, timeoutMs });
          samples.get(label)?.get(arm.label)?.push(sample);
          const read = Object.entries(METRICS).map(
            ([name, of]) => `${name} ${of(sample)?.toFixed(0) ?? '—'}`,
          );
          const errors = sample.errors.length > 0 ? `, errors: ${sample.errors.join(' | ')}` : '';
          console.log(`  round ${round}/${options.runs} ${label} ${arm.label}: ${read.join(', ')}${errors}`);
        }
      }
    }

    const rows: AbRow[] = labels.flatMap((label) =>
      Object.entries(METRICS).flatMap(([metric, of]) => {
        const figures = new Map<string, RoundFigures>(
          arms.map((arm) => [arm.label, (samples.get(label)?.get(arm.label) ?? []).map(of)]),
        );
        return summarizeAb(label, metric, figures, DEFAULT_ARM, NOISE_ARM);
      }),
    );
    console.log(
      `\nEach build against the default, paired round by round (Δ > 0: slower without the measure;` +
        ` "pays" when its median Δ exceeds the default's largest difference from itself):\n\n${formatAbTable(rows)}\n`,
    );
    const file = writeResults(root, 'bench-ab', {
      date: new Date().toISOString(),
      options,
      arms,
      rows,
      samples: Object.fromEntries([...samples].map(([label, byArm]) => [label, Object.fromEntries(byArm)])),
    });
    console.log(`Figures written to ${file}`);
    return 0;
  } finally {
    await Promise.all(servers.map((server) => server.close()));
  }
}
