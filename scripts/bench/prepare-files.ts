import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/article/article-schema';
import { ArticleIndexSchema, ARTICLE_INDEX_FILE } from '../../src/article/article-index-schema';
import type { ArticleIndexEntry } from '../../src/article/article-index-schema';
import { parseArticleText } from '../../src/article/parse-article';
import { servedText } from '../../src/boot/build/article-pages';
import { baselineCss, baselineHtml, baselineListCss, baselineListHtml, MINIMAL_CSS } from './baseline-page';
import { countArticle, scaleArticle, type ArticleCounts } from '../../tools/scale-article';

export const SEED_NAME = 'dailynk-train-service-talks';
/** The seed under another name: any article, not the bundled one, at its own page. */
export const OTHER_NAME = 'bench-other';
export const SCALE_NAME = 'bench-scale';
export const BASELINE_DIR = 'bench-baseline';
export const MINIMAL_SUFFIX = '-minimal';
export const LIST_BASELINE = 'list.html';
/** The article list is measured as a newsroom's would be: hundreds of entries. */
const LIST_SIZE = 300;

export type BenchArticle = { name: string; article: Article; counts: ArticleCounts; jsonBytes: number };

function parseOrThrow(text: string, what: string): Article {
  const result = parseArticleText(text);
  if (!result.ok)
    throw new Error(`${what} is not a valid article: ${JSON.stringify(result.problems.slice(0, 3))}`);
  return result.article;
}

const asJson = (article: Article) => `${JSON.stringify(article, null, 2)}\n`;

/**
 * Before the build: the seed, its copy under another name and the scaled article in
 * `articlesDir`, so that the build gives the two others (not the bundled default) pages of their
 * own, measured as any article's is.
 */
export function prepareArticles(root: string, articlesDir: string, scale: number): void {
  mkdirSync(articlesDir, { recursive: true });
  const text = readFileSync(join(root, 'public/articles', `${SEED_NAME}.json`), 'utf8');
  const seed = parseOrThrow(text, SEED_NAME);
  writeFileSync(join(articlesDir, `${SEED_NAME}.json`), text);
  writeFileSync(join(articlesDir, `${OTHER_NAME}.json`), asJson(scaleArticle(seed, 1, OTHER_NAME)));
  writeFileSync(join(articlesDir, `${SCALE_NAME}.json`), asJson(scaleArticle(seed, scale, SCALE_NAME)));
}

/** The built index, padded with copies of its entries to LIST_SIZE (the list only reads the index). */
function prepareList(root: string, outDir: string): ArticleIndexEntry[] {
  const file = join(outDir, ARTICLE_INDEX_FILE);
  const built = ArticleIndexSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).articles;
  const entries = Array.from({ length: Math.max(LIST_SIZE, built.length) }, (_, index) => {
    const entry = built[index % built.length] as ArticleIndexEntry;
    return index < built.length ? entry : { ...entry, name: `${entry.name}-listed-${index}` };
  });
  writeFileSync(file, `${JSON.stringify({ articles: entries })}\n`);
  writeFileSync(join(outDir, BASELINE_DIR, 'list.css'), baselineListCss(root));
  writeFileSync(join(outDir, BASELINE_DIR, LIST_BASELINE), baselineListHtml(entries, 'list.css'));
  return entries;
}

/**
 * After the build: the articles `prepareArticles` wrote, in `OUT/articles/` too (so that a run
 * with --skip-build serves this run's articles), and static pages in `OUT/bench-baseline/` (never
 * in public/, so nothing of the bench is committed): for each article a baseline (the reader's
 * CSS) and a minimal page (0.3 KB of CSS), and the list's.
 */
export function prepareFiles(
  root: string,
  articlesFrom: string,
  outDir: string,
): { articles: BenchArticle[]; list: ArticleIndexEntry[] } {
  const made = [SEED_NAME, OTHER_NAME, SCALE_NAME].map((name) => {
    // As the build serves it (compact): the file its pages' digest is of.
    const text = servedText(readFileSync(join(articlesFrom, `${name}.json`), 'utf8'));
    writeFileSync(join(outDir, 'articles', `${name}.json`), text);
    // Parsed, as the reader will: proves the file is valid before anything is measured.
    return { name, text, article: parseOrThrow(text, name) };
  });

  const baselineDir = join(outDir, BASELINE_DIR);
  mkdirSync(baselineDir, { recursive: true });
  writeFileSync(join(baselineDir, 'baseline.css'), baselineCss(root));
  writeFileSync(join(baselineDir, 'minimal.css'), MINIMAL_CSS);
  for (const { name, article } of made) {
    writeFileSync(join(baselineDir, `${name}.html`), baselineHtml(article, 'baseline.css'));
    writeFileSync(join(baselineDir, `${name}${MINIMAL_SUFFIX}.html`), baselineHtml(article, 'minimal.css'));
  }
  const list = prepareList(root, outDir);
  return {
    articles: made.map(({ name, article, text }) => ({
      name,
      article,
      counts: countArticle(article),
      jsonBytes: Buffer.byteLength(text),
    })),
    list,
  };
}
