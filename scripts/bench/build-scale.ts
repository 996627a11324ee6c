import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Article } from '../../src/article/article-schema';

/**
 * `npx tsx scripts/bench/build-scale.ts [10 100 1000]`: builds the app with N generated
 * articles (copies of the small test article, each with its own name, headline and paragraphs),
 * cold (an empty page cache), then again after one article changed. Prints the time of the whole
 * build and of its article-pages step, and how many pages each build rendered (docs/article-pages.md).
 */
const run = promisify(execFile);
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const base = JSON.parse(readFileSync('tests/fixtures/articles/harbour-council-vote.json', 'utf8')) as Article;

function generated(i: number): string {
  const article = structuredClone(base);
  article.meta.headline.text = `${base.meta.headline.text} (${i})`;
  for (const block of article.body)
    if (block.type === 'paragraph') block.text = block.text.replace(/\.$/, ` (${i}).`);
  return JSON.stringify(article, null, 2);
}

async function build(articles: string, cache: string, outDir: string) {
  const started = performance.now();
  const { stdout } = await run(
    'npx',
    ['vite', 'build', '--configLoader', 'runner', '--outDir', outDir, '--emptyOutDir'],
    {
      env: { ...process.env, PROVENANCE_ARTICLES: articles, PROVENANCE_PAGE_CACHE: cache },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const seconds = (performance.now() - started) / 1000;
  const line = /article pages: (\d+) \((\d+) rendered, (\d+) from cache\) in ([\d.]+) s (.*)/.exec(stdout);
  if (!line) throw new Error(`no article-pages line in the build's output:\n${stdout.slice(-2000)}`);
  return {
    seconds,
    pages: Number(line[1]),
    rendered: Number(line[2]),
    pagesSeconds: Number(line[4]),
    split: line[5],
  };
}

for (const n of sizes.length > 0 ? sizes : [10, 100, 1000]) {
  const work = mkdtempSync(join(tmpdir(), 'provenance-scale-'));
  try {
    const articles = join(work, 'articles');
    mkdirSync(articles);
    for (let i = 0; i < n; i += 1) writeFileSync(join(articles, `story-${i}.json`), generated(i));
    const cold = await build(articles, join(work, 'cache'), join(work, 'dist'));
    writeFileSync(join(articles, 'story-0.json'), generated(100_000));
    const warm = await build(articles, join(work, 'cache'), join(work, 'dist'));
    console.log(
      `${n} articles: cold build ${cold.seconds.toFixed(1)} s (pages step ${cold.pagesSeconds} s, ${cold.rendered} rendered ${cold.split}); ` +
        `after one changed ${warm.seconds.toFixed(1)} s (pages step ${warm.pagesSeconds} s, ${warm.rendered} rendered ${warm.split})`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
