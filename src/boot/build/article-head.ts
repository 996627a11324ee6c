import type { Article } from '../../article/article-schema';
import { articleFile } from '../../article/article-names';
import { articleHeadTags } from '../../publish/article-head-tags';
import { escapeHtml } from '../../publish/html-text';
import { parseSiteUrl, SITE_URL_ENV } from '../../publish/site-url';
import { articlePagePath } from '../contract';

/** Where a page is and what it is: what a head tag may need besides the article. */
export type PageInfo = {
  /** The article's name (its file is `articles/NAME.json`). */
  name: string;
  /** The page's path relative to the site's root (`NAME.html`, or `index.html` for the default). */
  path: string;
};

/**
 * The per-article tags of a page's `<head>`: the one place they are made. Title, description,
 * canonical link (the article's own page, also from index.html), Open Graph, JSON-LD and the
 * oEmbed link come from src/publish/ (decision 008); absolute URLs need PROVENANCE_SITE_URL.
 * Everything from the article is escaped: it is text, never markup.
 */
export function articleHead(article: Article, page: PageInfo): string {
  return [
    articleHeadTags(article, {
      name: page.name,
      path: page.path,
      canonicalPath: articlePagePath(page.name) ?? page.path,
      siteUrl: parseSiteUrl(process.env[SITE_URL_ENV]),
    }),
    // The article's data, validated against article.schema.json, for whoever reads it by machine.
    `<link rel="alternate" type="application/json" href="${escapeHtml(articleFile(page.name))}">`,
  ].join('\n');
}
