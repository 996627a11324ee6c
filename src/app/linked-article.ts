import { defaultArticleName } from '../article/article-location';
import { parseAppLocation } from '../shared/app-url';

/** The article the reader route will show for this URL, and whether the link names nothing in it. */
export type LinkedArticle = { name: string; whole: boolean };

/**
 * Reads the URL fragment the way the router will, before React starts: the reader route
 * (`#/`, `#/read/NAME[/ID][?passage]`, or a link it explains) shows an article; the index and
 * embeds are other pages. `whole` is true when the reader opens on the plain article (no item,
 * no passage, no notice), i.e. exactly what the build pre-rendered for the default article.
 */
export function linkedArticle(hash: string, doc: Document = document): LinkedArticle | undefined {
  const fragment = hash.replace(/^#/, '');
  const queryAt = fragment.indexOf('?');
  const pathname = queryAt === -1 ? fragment : fragment.slice(0, queryAt);
  const search = queryAt === -1 ? '' : fragment.slice(queryAt);
  const parsed = parseAppLocation(pathname, search);
  if (parsed.kind === 'index' || parsed.kind === 'embed') return undefined;
  const name = parsed.article ?? defaultArticleName(doc);
  const whole = parsed.kind === 'article' && !parsed.item && !parsed.passage;
  return { name, whole };
}
