import { defaultArticleName } from '../article/article-location';
import { parseAppLocation } from '../shared/app-url';

/**
 * Reads the URL fragment the way the router will, before React starts: the reader route
 * (`#/`, `#/read/NAME[/ID][?passage]`, or a link it explains) shows an article; the index,
 * embeds and the negotiation view are other pages (never hydrated over the article's HTML).
 */
export function linkedArticle(hash: string, doc: Document = document): string | undefined {
  const fragment = hash.replace(/^#/, '');
  const queryAt = fragment.indexOf('?');
  const pathname = queryAt === -1 ? fragment : fragment.slice(0, queryAt);
  const search = queryAt === -1 ? '' : fragment.slice(queryAt);
  const parsed = parseAppLocation(pathname, search);
  if (parsed.kind === 'index' || parsed.kind === 'embed' || parsed.kind === 'negotiation') return undefined;
  return parsed.article ?? defaultArticleName(doc);
}
