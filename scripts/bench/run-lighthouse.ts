import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { chromiumPath } from '../../tools/chromium';
import { CHROMIUM_FLAGS } from '../../tools/chromium';
import { buildApp } from './build-app';
import { startGzipServer } from './gzip-server';
import { readOptions } from './options';
import { writeResults } from './report';

const root = resolve(import.meta.dirname, '../..');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

type Audit = Result['audits'][string];

/** A category's audits that cost it points, the costliest first. */
function failingAudits(lhr: Result, categoryId: string): { audit: Audit; weight: number }[] {
  const category = lhr.categories[categoryId];
  if (!category) return [];
  return category.auditRefs
    .flatMap((ref) => {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1 || ref.weight === 0) return [];
      return [{ audit, weight: ref.weight * (1 - audit.score) }];
    })
    .sort((a, b) => b.weight - a.weight);
}

function describe(lhr: Result): string[] {
  const lines: string[] = [];
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    const score = category?.score === null || category === undefined ? '—' : Math.round(category.score * 100);
    lines.push(`${(category?.title ?? id).padEnd(16)} ${String(score).padStart(3)}`);
    for (const { audit } of failingAudits(lhr, id).slice(0, 6)) {
      const value = audit.displayValue ? ` (${audit.displayValue})` : '';
      lines.push(`    - ${audit.title}${value}: score ${audit.score?.toFixed(2) ?? '—'}`);
    }
  }
  const metric = (id: string) => lhr.audits[id]?.displayValue ?? '—';
  lines.push(
    `Metrics: FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, ` +
      `TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}, SI ${metric('speed-index')}`,
  );
  return lines;
}

/**
 * Lighthouse (mobile preset: simulated slow 4G and 4× CPU) against the built reader, served
 * gzipped on loopback under a sub-path, in headless Chromium with a fresh profile.
 */
async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2), process.env);
  const outDir = resolve(root, options.outDir);
  if (!options.skipBuild) buildApp(root, outDir);
  const server = await startGzipServer(outDir, '/reader/');
  const userDataDir = mkdtempSync(join(tmpdir(), 'provenance-lighthouse-'));
  const chrome = await launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
    userDataDir,
  });
  try {
    const result = await lighthouse(server.url, {
      port: chrome.port,
      output: 'html',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    if (!result) throw new Error('Lighthouse returned no result');
    console.log(`Lighthouse ${result.lhr.lighthouseVersion}, ${result.lhr.finalDisplayedUrl}\n`);
    console.log(describe(result.lhr).join('\n'));
    const file = writeResults(root, 'lighthouse', result.lhr);
    const html = file.replace(/\.json$/, '.html');
    mkdirSync(resolve(root, 'bench-results'), { recursive: true });
    writeFileSync(html, typeof result.report === 'string' ? result.report : result.report.join('\n'));
    console.log(`\nReport written to ${file} and ${html}`);
  } finally {
    chrome.kill();
    await server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

await main();
