import type { Article } from '../article/article-schema';
import { articleDescription } from './article-description';
import { articleJsonLd } from './article-json-ld';
import { escapeHtml, scriptSafeJson } from './html-text';
import { oembedPath } from './publish-paths';
import { absoluteHref, siteHref, type SitePage } from './site-url';

export type ArticlePageInfo = SitePage & {
  /** The article's name (articles/NAME.json). */
  name: string;
  /** The path, from the site's root, of the page a search engine should index; defaults to `path`. */
  canonicalPath?: string;
  /** The site's name for `og:site_name`. */
  siteName?: string;
};

export const PAGE_TITLE_SUFFIX = ' · Provenance';

/** The `<title>` of an article's page. */
export function articlePageTitle(article: Article): string {
  return `${article.meta.headline.text}${PAGE_TITLE_SUFFIX}`;
}

function meta(attribute: 'name' | 'property', key: string, content: string): string {
  return `<meta ${attribute}="${key}" content="${escapeHtml(content)}">`;
}

/**
 * Everything an article's page carries in its `<head>` for machines: title, description,
 * canonical link, Open Graph tags, the schema.org JSON-LD and the oEmbed discovery link. Every
 * value from the article is escaped; the JSON-LD cannot leave its script element. Without the
 * site's address (PROVENANCE_SITE_URL) the canonical link is relative and what must be absolute
 * (og:url, oEmbed, whose embed code runs on other sites) is left out.
 */
export function articleHeadTags(article: Article, page: ArticlePageInfo): string {
  const canonicalPath = page.canonicalPath ?? page.path;
  const url = absoluteHref(canonicalPath, page.siteUrl);
  const description = articleDescription(article);
  const title = article.meta.headline.text;
  const tags = [
    `<title>${escapeHtml(articlePageTitle(article))}</title>`,
    meta('name', 'description', description),
    `<link rel="canonical" href="${escapeHtml(siteHref(canonicalPath, page))}">`,
    meta('property', 'og:type', 'article'),
    meta('property', 'og:title', title),
    meta('property', 'og:description', description),
    meta('property', 'og:site_name', page.siteName ?? article.meta.publisher.name),
    meta('property', 'og:locale', article.meta.language.replace('-', '_')),
    ...(url ? [meta('property', 'og:url', url)] : []),
    meta('name', 'twitter:card', 'summary'),
    `<script type="application/ld+json">${scriptSafeJson(articleJsonLd(article, { url }))}</script>`,
  ];
  const oembed = absoluteHref(oembedPath(page.name), page.siteUrl);
  if (oembed)
    tags.push(
      `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(oembed)}" title="${escapeHtml(title)}">`,
    );
  return tags.join('\n');
}
