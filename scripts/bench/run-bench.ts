import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { chromiumPath } from '../../tools/chromium';
import { buildApp } from './build-app';
import { startGzipServer } from './gzip-server';
import { pickMeasures, readOptions, type BenchOptions } from './options';
import { benchMeasures } from './measures';
import { prepareArticles, prepareFiles } from './prepare-files';
import { runAb } from './run-ab';
import { failures, formatTable, writeResults } from './report';
import { runSample, type Sample } from './sample';
import { summarize, type Row, type SampleSet } from './summary';
import type { TargetSet } from './targets';

const root = resolve(import.meta.dirname, '../..');

/** Every page of the set once per round, in a fixed order: A, B, A, B, … */
async function measure(targets: TargetSet, options: BenchOptions, label: string): Promise<SampleSet> {
  const keys = Object.keys(targets) as (keyof TargetSet)[];
  const samples = Object.fromEntries(keys.map((key) => [key, [] as Sample[]])) as SampleSet;
  const timeoutMs = label.startsWith('50') ? 120_000 : 30_000;
  for (let round = 1; round <= options.runs; round += 1) {
    for (const key of keys) {
      const planned = targets[key];
      if (!planned) continue;
      const target = { ...planned, interactions: planned.interactions && round <= options.interactionRuns };
      const sample = await runSample(target, { ...options, timeoutMs });
      samples[key]?.push(sample);
      const text = sample.timeToText?.toFixed(0) ?? '—';
      const focus = sample.focusedAt === null ? '' : `, focused ${sample.focusedAt.toFixed(0)} ms`;
      const timed = Object.entries(sample.interactions).map(
        ([name, r]) =>
          `${name} ${'latency' in r ? `${r.latency.toFixed(0)} ms` : 'skipped' in r ? 'skipped' : 'failed'}`,
      );
      const interactions = timed.length > 0 ? `; ${timed.join(', ')}` : '';
      const errors = sample.errors.length > 0 ? `, errors: ${sample.errors.join(' | ')}` : '';
      console.log(
        `  ${label} round ${round}/${options.runs} ${planned.name}: text ${text} ms${focus}${interactions}${errors}`,
      );
    }
  }
  return samples;
}

function chromiumVersion(): string {
  return spawnSync(chromiumPath(), ['--version'], { encoding: 'utf8' }).stdout.trim();
}

async function main(): Promise<number> {
  const options = readOptions(process.argv.slice(2), process.env);
  if (options.ab !== undefined) return runAb(root, options, options.ab);
  const outDir = resolve(root, options.outDir);
  const pagesFrom = `${outDir}-articles`;
  prepareArticles(root, pagesFrom, options.scale);
  if (!options.skipBuild) buildApp(root, outDir, pagesFrom);
  const { articles, list } = prepareFiles(root, pagesFrom, outDir);
  for (const { name, counts, jsonBytes } of articles)
    console.log(`${name}: ${JSON.stringify(counts)}, ${(jsonBytes / 1e6).toFixed(2)} MB of JSON`);

  const server = await startGzipServer(outDir, '/reader/');
  const measures = benchMeasures(articles, list, server.url, options.scale);
  const chosen = pickMeasures(measures, options.only);
  const rows: Row[] = [];
  const samples: Record<string, SampleSet> = {};
  try {
    for (const { label, kind, targets } of chosen) {
      console.log(`Measuring ${label}, ${options.runs} rounds, CPU ${options.cpuThrottling}× slower`);
      samples[label] = await measure(targets, options, label);
      rows.push(...summarize(label, samples[label], kind));
    }
  } finally {
    await server.close();
  }

  console.log(`\n${formatTable(rows)}\n`);
  const missed = failures(rows);
  const file = writeResults(root, 'bench', {
    date: new Date().toISOString(),
    options,
    environment: { node: process.version, chromium: chromiumVersion(), cpus: cpus().length },
    articles: articles.map(({ name, counts, jsonBytes }) => ({ name, counts, jsonBytes })),
    rows,
    failures: missed,
    samples,
  });
  console.log(`Figures written to ${file}`);
  if (missed.length === 0) {
    console.log('Every budget holds.');
    return 0;
  }
  console.log(`\n${missed.length} budget(s) missed:\n${missed.map((m) => `  - ${m}`).join('\n')}`);
  return options.noFail ? 0 : 1;
}

process.exitCode = await main();
