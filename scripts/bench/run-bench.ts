import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { chromiumPath } from '../../tools/chromium';
import { buildApp } from './build-app';
import { startGzipServer } from './gzip-server';
import { readOptions, type BenchOptions } from './options';
import { prepareArticles, prepareFiles, type BenchArticle } from './prepare-files';
import { failures, formatTable, writeResults } from './report';
import { runSample, type Sample } from './sample';
import { summarize, type Row, type SampleSet } from './summary';
import { targetsFor, type TargetSet } from './targets';

const root = resolve(import.meta.dirname, '../..');

/** Every page of the set once per round, in a fixed order: A, B, A, B, … */
async function measureArticle(targets: TargetSet, options: BenchOptions, label: string): Promise<SampleSet> {
  const keys = Object.keys(targets) as (keyof TargetSet)[];
  const samples = Object.fromEntries(keys.map((key) => [key, [] as Sample[]])) as SampleSet;
  const timeoutMs = label === '1×' ? 30_000 : 120_000;
  for (let round = 1; round <= options.runs; round += 1) {
    for (const key of keys) {
      const target = {
        ...targets[key],
        interactions: targets[key].interactions && round <= options.interactionRuns,
      };
      const sample = await runSample(target, { ...options, timeoutMs });
      samples[key].push(sample);
      const text = sample.timeToText?.toFixed(0) ?? '—';
      const focus = sample.focusedAt === null ? '' : `, focused ${sample.focusedAt.toFixed(0)} ms`;
      const timed = Object.entries(sample.interactions).map(
        ([name, r]) =>
          `${name} ${'latency' in r ? `${r.latency.toFixed(0)} ms` : 'skipped' in r ? 'skipped' : 'failed'}`,
      );
      const interactions = timed.length > 0 ? `; ${timed.join(', ')}` : '';
      const errors = sample.errors.length > 0 ? `, errors: ${sample.errors.join(' | ')}` : '';
      console.log(
        `  ${label} round ${round}/${options.runs} ${targets[key].name}: text ${text} ms${focus}${interactions}${errors}`,
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
  const outDir = resolve(root, options.outDir);
  const pagesFrom = `${outDir}-articles`;
  prepareArticles(root, pagesFrom, options.scale);
  if (!options.skipBuild) buildApp(root, outDir, pagesFrom);
  const articles: BenchArticle[] = prepareFiles(root, outDir, options.scale);
  for (const { name, counts, jsonBytes } of articles)
    console.log(`${name}: ${JSON.stringify(counts)}, ${(jsonBytes / 1e6).toFixed(2)} MB of JSON`);

  const server = await startGzipServer(outDir, '/reader/');
  const rows: Row[] = [];
  const samples: Record<string, SampleSet> = {};
  try {
    for (const [index, bench] of articles.entries()) {
      const copies = index === 0 ? 1 : options.scale;
      const label = `${copies}×`;
      console.log(
        `Measuring ${bench.name} (${label}), ${options.runs} rounds, CPU ${options.cpuThrottling}× slower`,
      );
      // The bundled article at index.html, the other at its own page (NAME.html, decision 007).
      const page = index === 0 ? undefined : `${bench.name}.html`;
      samples[label] = await measureArticle(targetsFor(bench, server.url, copies, page), options, label);
      rows.push(...summarize(label, samples[label], index));
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
