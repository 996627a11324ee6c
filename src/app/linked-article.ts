import { ownArticleName } from '../boot/contract';
import { parseAppLocation } from '../shared/app-url';

/**
 * Reads the URL fragment the way the router will, before React starts: the reader route
 * (`#/`, `#/read/NAME[/ID][?passage]`, or a link it explains) shows an article; the index and
 * embeds and the desk are other pages.
 */
export function linkedArticle(hash: string, doc: Document = document): string | undefined {
  const fragment = hash.replace(/^#/, '');
  const queryAt = fragment.indexOf('?');
  const pathname = queryAt === -1 ? fragment : fragment.slice(0, queryAt);
  const search = queryAt === -1 ? '' : fragment.slice(queryAt);
  const parsed = parseAppLocation(pathname, search);
  if (parsed.kind === 'index' || parsed.kind === 'embed' || parsed.kind === 'desk') return undefined;
  return parsed.article ?? ownArticleName(doc);
}
