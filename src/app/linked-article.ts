import { ownArticleName } from '../boot/contract';
import { parseAppLocation } from '../shared/app-url';
import { isOtherPage } from './route-paths';

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
  // The router's own matching decides the page (it is case-blind and takes any embed path, even
  // one the URL contract refuses, such as `/embed/../read/x`); the contract then names the article.
  if (isOtherPage(pathname)) return undefined;
  const parsed = parseAppLocation(pathname, search);
  if (
    parsed.kind === 'index' ||
    parsed.kind === 'embed' ||
    parsed.kind === 'desk' ||
    parsed.kind === 'negotiation'
  )
    return undefined;
  return parsed.article ?? ownArticleName(doc);
}
