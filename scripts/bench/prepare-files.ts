import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/article/article-schema';
import { parseArticleText } from '../../src/article/parse-article';
import { baselineCss, baselineHtml } from './baseline-page';
import { countArticle, scaleArticle, type ArticleCounts } from '../../tools/scale-article';

export const SEED_NAME = 'dailynk-train-service-talks';
export const SCALE_NAME = 'bench-scale';
export const BASELINE_DIR = 'bench-baseline';

export type BenchArticle = { name: string; article: Article; counts: ArticleCounts; jsonBytes: number };

function parseOrThrow(text: string, what: string): Article {
  const result = parseArticleText(text);
  if (!result.ok)
    throw new Error(`${what} is not a valid article: ${JSON.stringify(result.problems.slice(0, 3))}`);
  return result.article;
}

/**
 * Before the build: the seed and the scaled article in `articlesDir`, so that the build gives the
 * scaled article (not the bundled default) a page of its own, measured as any article's is.
 */
export function prepareArticles(root: string, articlesDir: string, scale: number): void {
  mkdirSync(articlesDir, { recursive: true });
  const seedText = readFileSync(join(root, 'public/articles', `${SEED_NAME}.json`), 'utf8');
  const seed = parseOrThrow(seedText, SEED_NAME);
  writeFileSync(join(articlesDir, `${SEED_NAME}.json`), seedText);
  writeFileSync(
    join(articlesDir, `${SCALE_NAME}.json`),
    `${JSON.stringify(scaleArticle(seed, scale, SCALE_NAME), null, 2)}\n`,
  );
}

/**
 * After the build: the scaled article in `OUT/articles/`, and a static baseline page for each
 * article in `OUT/bench-baseline/` (never in public/, so nothing of the bench is committed).
 */
export function prepareFiles(root: string, outDir: string, scale: number): BenchArticle[] {
  const articlesDir = join(outDir, 'articles');
  const seedText = readFileSync(join(articlesDir, `${SEED_NAME}.json`), 'utf8');
  const seed = parseOrThrow(seedText, SEED_NAME);
  const scaledText = `${JSON.stringify(scaleArticle(seed, scale, SCALE_NAME), null, 2)}\n`;
  writeFileSync(join(articlesDir, `${SCALE_NAME}.json`), scaledText);
  // Parsed back, as the reader will: proves the file is valid before anything is measured.
  const scaled = parseOrThrow(scaledText, SCALE_NAME);

  mkdirSync(join(outDir, BASELINE_DIR), { recursive: true });
  writeFileSync(join(outDir, BASELINE_DIR, 'baseline.css'), baselineCss(root));
  const articles = [
    { name: SEED_NAME, article: seed, text: seedText },
    { name: SCALE_NAME, article: scaled, text: scaledText },
  ];
  for (const { name, article } of articles)
    writeFileSync(join(outDir, BASELINE_DIR, `${name}.html`), baselineHtml(article, 'baseline.css'));
  return articles.map(({ name, article, text }) => ({
    name,
    article,
    counts: countArticle(article),
    jsonBytes: Buffer.byteLength(text),
  }));
}
