import { readFileSync } from 'node:fs';
import type { Article } from '../../src/article/article-schema';
import type { Block } from '../../src/article/body-schema';
import type { ArticleIndexEntry } from '../../src/article/article-index-schema';
import { formatFuzzyDate } from '../../src/article/format-fuzzy-date';

/** The reader's own article styles, so the baseline lays text out the way the app does. */
const CSS_FILES = ['src/shared/theme.css', 'src/features/reader/reader.css'];
const LIST_CSS_FILES = ['src/shared/theme.css', 'src/features/library/library.css'];

export function baselineCss(root: string, files = CSS_FILES): string {
  return files.map((file) => readFileSync(`${root}/${file}`, 'utf8')).join('\n');
}

/**
 * The minimal page's stylesheet (about 0.3 KB): a readable column and nothing else, the floor a
 * reader's first paint is compared with beside the baseline that carries the reader's own CSS.
 */
export const MINIMAL_CSS = [
  'body{margin:0;font:1.125rem/1.6 Georgia,"Times New Roman",serif;color:#1a1a1a;background:#fff}',
  'main{max-width:42rem;margin:0 auto;padding:1.5rem 1rem}',
  'h1{font-size:2rem;line-height:1.2;margin:.5rem 0}',
  'p{margin:0 0 1rem}figure{margin:1rem 0}figcaption{font-size:.875rem}',
  '@media (prefers-color-scheme:dark){body{color:#eee;background:#111}}',
  '',
].join('\n');

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function baselineListCss(root: string): string {
  return baselineCss(root, LIST_CSS_FILES);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ESCAPES[char] ?? char);
}

function blockHtml(block: Block): string {
  if (block.type === 'paragraph')
    return `<p id="${block.id}" class="pv-paragraph pv-verbatim">${escapeHtml(block.text)}</p>`;
  if (block.type === 'figure')
    return [
      `<figure id="${block.id}" class="pv-figure">`,
      `<div class="pv-figure-placeholder" role="img" aria-label="Image not available: ${escapeHtml(block.alt.text)}">`,
      `<span class="pv-figure-placeholder-label" aria-hidden="true">Image not available</span>`,
      `<span class="pv-figure-alt" aria-hidden="true">${escapeHtml(block.alt.text)}</span></div>`,
      `<figcaption class="pv-figcaption pv-verbatim">${escapeHtml(block.caption)}</figcaption></figure>`,
    ].join('');
  return `<p id="${block.id}" class="pv-end pv-end--${block.role}">${escapeHtml(block.text)}</p>`;
}

/**
 * The physical limit: the same article as static semantic HTML with no JavaScript. Headline,
 * byline and every block's text, in the reader's class names so the same CSS applies.
 */
export function baselineHtml(article: Article, cssHref: string): string {
  const { meta } = article;
  const main = article.body.filter((b) => b.type !== 'end-matter').map(blockHtml);
  const end = article.body.filter((b) => b.type === 'end-matter').map(blockHtml);
  const authors = meta.authors.map((a) => escapeHtml(a.name)).join(' and ');
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(meta.language)}">`,
    '<head><meta charset="UTF-8" />',
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    '<meta name="color-scheme" content="light dark" />',
    '<link rel="icon" href="../favicon.svg" type="image/svg+xml" />',
    `<title>${escapeHtml(meta.headline.text)} · Provenance</title>`,
    `<link rel="stylesheet" href="${cssHref}" /></head>`,
    '<body><div class="pv-page"><main><article class="pv-article">',
    '<header class="pv-article-header">',
    `<p class="pv-kicker">${escapeHtml(meta.publisher.name)}</p>`,
    `<h1 id="pv-headline" class="pv-headline">${escapeHtml(meta.headline.text)}</h1>`,
    `<p class="pv-byline">By <span class="pv-byline-names">${authors}</span> · ${escapeHtml(meta.published.text)}</p>`,
    '</header>',
    `<div class="pv-body">\n${main.join('\n')}\n</div>`,
    `<footer class="pv-end-matter">\n${end.join('\n')}\n</footer>`,
    '</article></main></div></body></html>',
    '',
  ].join('\n');
}

/** The article list as static HTML, in the app's class names: the list page's baseline. */
export function baselineListHtml(entries: ArticleIndexEntry[], cssHref: string): string {
  const items = entries.map((entry) =>
    [
      `<li class="pv-library-entry" lang="${escapeHtml(entry.language)}">`,
      `<p class="pv-library-date">${escapeHtml(formatFuzzyDate(entry.published))}</p>`,
      '<div class="pv-library-story">',
      `<p class="pv-kicker pv-library-publisher">${escapeHtml(entry.publisher)}</p>`,
      `<h2 class="pv-library-headline"><a href="../${escapeHtml(entry.name)}.html">${escapeHtml(entry.headline)}</a></h2>`,
      entry.description ? `<p class="pv-library-dek">${escapeHtml(entry.description)}</p>` : '',
      `<p class="pv-library-byline">By ${entry.authors.map(escapeHtml).join(', ')}</p>`,
      '</div></li>',
    ].join(''),
  );
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head><meta charset="UTF-8" />',
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    '<meta name="color-scheme" content="light dark" />',
    '<link rel="icon" href="../favicon.svg" type="image/svg+xml" />',
    '<title>All articles · Provenance</title>',
    `<link rel="stylesheet" href="${cssHref}" /></head>`,
    '<body><main class="pv-page pv-library"><h1>All articles</h1>',
    `<ol class="pv-library-list">\n${items.join('\n')}\n</ol>`,
    '</main></body></html>',
    '',
  ].join('\n');
}

/** The last paragraph: the text whose paint the benchmark waits for. */
export function lastParagraph(article: Article): { id: string; text: string } {
  const paragraphs = article.body.filter((b) => b.type === 'paragraph');
  const last = paragraphs[paragraphs.length - 1];
  if (!last) throw new Error(`article ${article.id} has no paragraph`);
  return { id: last.id, text: last.text };
}
