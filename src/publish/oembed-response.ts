import type { Article } from '../article/article-schema';
import { EMBED_HEIGHTS, iframeSnippet } from '../shared/embed-snippet';

/** The nominal width of the embed; its iframe takes the host's column (width 100%). */
export const OEMBED_WIDTH = 640;

/** An oEmbed 1.0 `rich` response (https://oembed.com/#section2.3). */
export type OembedResponse = {
  version: '1.0';
  type: 'rich';
  title: string;
  author_name?: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
};

export type OembedOptions = {
  /** The site's absolute address (PROVENANCE_SITE_URL): the embed code runs on other sites. */
  siteUrl: string;
  /** The provider's name; the publisher's when not given. */
  providerName?: string;
};

/**
 * The static oEmbed response for an article, so a CMS that embeds by URL gets the reader's
 * embed (the same plain iframe the Embed dialog writes). Static: a CMS's `maxwidth` and
 * `maxheight` cannot be honoured, so the iframe is fluid in width and the height is the embed's.
 */
export function oembedResponse(article: Article, name: string, options: OembedOptions): OembedResponse {
  const authors = article.meta.authors.map((author) => author.name).join(', ');
  const height = EMBED_HEIGHTS.reader;
  return {
    version: '1.0',
    type: 'rich',
    title: article.meta.headline.text,
    ...(authors ? { author_name: authors } : {}),
    provider_name: options.providerName ?? article.meta.publisher.name,
    provider_url: options.siteUrl,
    html: iframeSnippet({ pageHref: options.siteUrl, article: name, view: 'reader', theme: 'auto' }),
    width: OEMBED_WIDTH,
    height,
  };
}
