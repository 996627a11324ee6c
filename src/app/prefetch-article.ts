import type { QueryClient } from '@tanstack/react-query';
import { articleQueryOptions } from '../article/article-query';
import { defaultArticleName } from '../article/article-location';
import { parseAppLocation } from '../shared/app-url';

/**
 * Starts fetching the article the URL names as soon as the app's code runs, before React's
 * first render: the article route then finds the request under way (same query key) instead
 * of starting it after rendering. Other pages (the index, embeds) fetch what they need.
 */
export function prefetchLinkedArticle(client: QueryClient, hash = window.location.hash): void {
  const fragment = hash.replace(/^#/, '');
  const queryAt = fragment.indexOf('?');
  const pathname = queryAt === -1 ? fragment : fragment.slice(0, queryAt);
  const search = queryAt === -1 ? '' : fragment.slice(queryAt);
  const parsed = parseAppLocation(pathname, search);
  if (parsed.kind !== 'article') return;
  // Errors are left to the article route, which shows them (and offers a retry).
  client.query(articleQueryOptions(parsed.article ?? defaultArticleName())).catch(() => undefined);
}
