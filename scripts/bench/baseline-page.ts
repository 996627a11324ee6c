import { readFileSync } from 'node:fs';
import type { Article } from '../../src/article/article-schema';
import type { Block } from '../../src/article/body-schema';

/** The reader's own article styles, so the baseline lays text out the way the app does. */
const CSS_FILES = ['src/shared/theme.css', 'src/features/reader/reader.css'];

export function baselineCss(root: string): string {
  return CSS_FILES.map((file) => readFileSync(`${root}/${file}`, 'utf8')).join('\n');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

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

/** The last paragraph: the text whose paint the benchmark waits for. */
export function lastParagraph(article: Article): { id: string; text: string } {
  const paragraphs = article.body.filter((b) => b.type === 'paragraph');
  const last = paragraphs[paragraphs.length - 1];
  if (!last) throw new Error(`article ${article.id} has no paragraph`);
  return { id: last.id, text: last.text };
}
