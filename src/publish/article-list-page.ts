import type { ArticleIndex, ArticleIndexEntry } from '../article/article-index-schema';
import { articlePageFile } from '../article/article-names';
import { authorList } from '../article/byline';
import { formatFuzzyDate, machineDate } from '../article/format-fuzzy-date';
import { buildAppPath } from '../shared/app-url';
import { articlePath } from '../shared/item-path';
import { articleListJsonLd } from './article-list-json-ld';
import { escapeHtml, scriptSafeJson } from './html-text';

/** The app's searchable list, from any page beside index.html. */
const SEARCHABLE_LIST_HREF = `./#${buildAppPath({ kind: 'index' }, '')}`;

/** The build gives every article of the index a page of its own (one named `index`: index.html). */
export function articlePageHref(name: string): string {
  return `./${articlePageFile(name)}`;
}

/** The article read in the app, from index.html: where there is no page of its own. */
export function appArticleHref(name: string): string {
  return `./#${articlePath(name)}`;
}

/** The stylesheets an HTML page links to, in order: for a page styled like it. */
export function stylesheetsOf(html: string): string[] {
  return [...html.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"/g)].map((match) => match[1] ?? '');
}

function entryHtml(entry: ArticleIndexEntry, hrefOf: (name: string) => string): string {
  const e = escapeHtml;
  const when = machineDate(entry.published);
  const date = e(formatFuzzyDate(entry.published));
  const inferred =
    entry.published.basis === 'inferred' ? '<span class="pv-library-inferred"> inferred</span>' : '';
  return [
    `<li class="pv-library-entry" lang="${e(entry.language)}">`,
    `<p class="pv-library-date">${when ? `<time datetime="${e(when)}">${date}</time>` : date}${inferred}</p>`,
    '<div class="pv-library-story">',
    `<p class="pv-kicker pv-library-publisher">${e(entry.publisher)}</p>`,
    `<h2 class="pv-library-headline"><a href="${e(hrefOf(entry.name))}">${e(entry.headline)}</a></h2>`,
    entry.description ? `<p class="pv-library-dek">${e(entry.description)}</p>` : '',
    entry.authors.length > 0 ? `<p class="pv-library-byline">By ${e(authorList(entry.authors))}</p>` : '',
    '</div></li>',
  ].join('');
}

/**
 * `articles.html`: every article, newest first, each linked to its own page, as the app's list
 * draws them (features/library, whose CSS `stylesheets` names). Plain HTML without script: what
 * the reader pages' "All articles" link leads to without JavaScript, and how a search engine,
 * which does not follow `#/…` links, finds every article's page (also as an `ItemList` in
 * JSON-LD, the only script, which runs nothing). `hrefOf` says where an article is read (its
 * page, by default); `siteUrl` makes the JSON-LD's addresses absolute.
 */
export function articleListPage(
  index: ArticleIndex,
  stylesheets: readonly string[],
  hrefOf: (name: string) => string = articlePageHref,
  siteUrl?: string,
): string {
  const count = index.articles.length;
  const styles = stylesheets.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>All articles · Provenance</title>
<meta name="description" content="${count} ${count === 1 ? 'article' : 'articles'}, each with its sources, quotations and timeline shown.">
<link rel="icon" href="./favicon.svg" type="image/svg+xml">
${styles}
<script type="application/ld+json">${scriptSafeJson(articleListJsonLd(index, hrefOf, siteUrl))}</script>
</head>
<body>
<main class="pv-page pv-library">
<header class="pv-library-masthead">
<h1 class="pv-library-title">All articles</h1>
<p class="pv-library-intro">Each with its sources, quotations and timeline shown. <a href="${SEARCHABLE_LIST_HREF}">Search and filter the list</a></p>
</header>
<p class="pv-library-count">${count} ${count === 1 ? 'article' : 'articles'}, newest first</p>
${count > 0 ? `<ol class="pv-library-list">${index.articles.map((entry) => entryHtml(entry, hrefOf)).join('\n')}</ol>` : ''}
</main>
</body>
</html>
`;
}
