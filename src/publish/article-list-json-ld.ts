import type { ItemList, WithContext } from 'schema-dts';
import type { ArticleIndex } from '../article/article-index-schema';
import { absoluteHref } from './site-url';

/**
 * The list page's articles as schema.org `ItemList`, newest first: each entry's headline and the
 * address it is read at (absolute when the site's address is known, else as the page links it).
 */
export function articleListJsonLd(
  index: ArticleIndex,
  hrefOf: (name: string) => string,
  siteUrl?: string,
): WithContext<ItemList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    name: 'All articles',
    itemListOrder: 'https://schema.org/ItemListOrderDescending',
    numberOfItems: index.articles.length,
    itemListElement: index.articles.map((entry, position) => ({
      '@type': 'ListItem',
      position: position + 1,
      name: entry.headline,
      url: absoluteHref(hrefOf(entry.name), siteUrl) ?? hrefOf(entry.name),
    })),
  };
}
