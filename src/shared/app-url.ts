import { isArticleName } from '../article/article-location';
import { MAX_EXACT_LENGTH, type TextQuote } from './text-quote';

/**
 * The URL contract, in the fragment so any static server under any sub-path works:
 *
 *   #/                                the bundled article
 *   #/articles                        the list of bundled articles
 *   #/read/NAME                       articles/NAME.json
 *   #/read/NAME/ITEM                  an item of it (quote, event, source, paragraph, note,
 *                                     attribution), by id
 *   #/read/NAME?exact=…&prefix=…&suffix=…   a passage, by its text
 *
 * Parsing never throws: whatever a link holds, the reader can say what it could not find.
 */
export type AppLocation =
  | { kind: 'index' }
  | { kind: 'article'; article: string | null; item?: string; passage?: TextQuote }
  | { kind: 'bad-link'; article: string | null; reason: string };

const ITEM_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

function parsePassage(search: string): TextQuote | undefined | 'bad' {
  const params = new URLSearchParams(search);
  const exact = params.get('exact');
  if (exact === null) return undefined;
  if (exact.trim() === '' || exact.length > MAX_EXACT_LENGTH) return 'bad';
  return { exact, prefix: params.get('prefix') ?? '', suffix: params.get('suffix') ?? '' };
}

/** Reads a router location (the part after `#`) into what the reader should show. */
export function parseAppLocation(pathname: string, search = ''): AppLocation {
  const segments = pathname.split('/').filter(Boolean);
  if (segments.length === 0) return { kind: 'article', article: null };
  if (segments[0] === 'articles' && segments.length === 1) return { kind: 'index' };
  if (segments[0] !== 'read' || segments.length > 3)
    return { kind: 'bad-link', article: null, reason: 'This link does not name an article.' };
  const article = safeDecode(segments[1] ?? '');
  if (article === null || !isArticleName(article))
    return {
      kind: 'bad-link',
      article: null,
      reason: 'This link’s article name is not valid: names are lower-case letters, digits and hyphens.',
    };
  const passage = parsePassage(search);
  if (passage === 'bad')
    return {
      kind: 'bad-link',
      article,
      reason: 'This link’s passage is empty or too long to be a quotation.',
    };
  if (segments.length === 2)
    return passage ? { kind: 'article', article, passage } : { kind: 'article', article };
  const item = safeDecode(segments[2] ?? '');
  if (item === null || !ITEM_ID.test(item))
    return { kind: 'bad-link', article, reason: 'This link’s item is not a valid id.' };
  return { kind: 'article', article, item };
}

/** Builds the router path (the part after `#`) for a location. */
export function buildAppPath(location: AppLocation, defaultArticle: string): string {
  if (location.kind === 'index') return '/articles';
  const article = location.article ?? defaultArticle;
  const base = `/read/${encodeURIComponent(article)}`;
  if (location.kind === 'bad-link') return base;
  if (location.item) return `${base}/${encodeURIComponent(location.item)}`;
  if (location.passage) {
    const params = new URLSearchParams({ exact: location.passage.exact });
    if (location.passage.prefix) params.set('prefix', location.passage.prefix);
    if (location.passage.suffix) params.set('suffix', location.passage.suffix);
    return `${base}?${params.toString()}`;
  }
  return base;
}

/** The full URL to share: this page's address (any server, any sub-path) with the fragment. */
export function shareableUrl(path: string, pageHref: string): string {
  const url = new URL(pageHref);
  url.hash = path;
  return url.toString();
}
