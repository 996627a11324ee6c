import type { Article } from '../../article/article-schema';
import { excerpt } from '../../article/excerpt';
import { articleFile } from '../../article/article-names';

/** Where a page is and what it is: what a head tag may need besides the article. */
export type PageInfo = {
  /** The article's name (its file is `articles/NAME.json`). */
  name: string;
  /** The page's path relative to the site's root (`NAME.html`, or `index.html` for the default). */
  path: string;
};

/**
 * The per-article tags of a page's `<head>`: the one place they are made. Builders for JSON-LD,
 * a canonical link, Open Graph and oEmbed discovery plug in here (src/publish/). Everything
 * from the article is escaped: it is text, never markup.
 */
export function articleHead(article: Article, page: PageInfo): string {
  return [
    `<title>${escapeHtml(`${article.meta.headline.text} · Provenance`)}</title>`,
    `<meta name="description" content="${escapeHtml(articleDescription(article))}">`,
    // The article's data, validated against article.schema.json, for whoever reads it by machine.
    `<link rel="alternate" type="application/json" href="${escapeHtml(articleFile(page.name))}">`,
  ].join('\n    ');
}

/** The standfirst, or else the opening of the first paragraph: what a search result shows. */
export function articleDescription(article: Article): string {
  const opening =
    article.meta.standfirst?.text ?? article.body.find((block) => block.type === 'paragraph')?.text;
  return excerpt(opening ?? article.meta.headline.text, 160);
}

/** Escapes text for an HTML text node or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
