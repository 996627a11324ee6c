import {
  INSTANCE_ID_PATTERN,
  isArticleName,
  ITEM_ID_PATTERN,
  MAX_LINK_LENGTH,
  TOO_LONG_PATH,
} from '../article/article-names';
import { EVENT_KINDS } from '../article/event-kinds';
import type { EventKind } from '../article/event-schema';
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
 *   #/read/NAME[/ITEM]?…&sourcing=on|off
 *                                     the same with the full sourcing marks shown (`on`) or the
 *                                     quiet text (`off`); without it, the reader's own choice
 *                                     (remembered in the browser) applies
 *   #/negotiation/NAME[/EVENT]?sides=…&kinds=…
 *                                     the negotiation view of its events (one column per side),
 *                                     with an event focused; `sides` and `kinds` are
 *                                     comma-separated lists of what to show (absent: all)
 *   #/embed/NAME[/ITEM]?view=…&theme=…&accent=…&font=…&origin=…&id=…
 *                                     the article (or one item of it) for an iframe on another
 *                                     page: `view` reader | timeline | quotes | card (card
 *                                     needs ITEM), `theme` auto | light | dark, `sourcing` on | off, `accent` a hex
 *                                     colour (#rgb or #rrggbb), `font` a plain family list,
 *                                     `origin` the host page's http(s) origin (where height and
 *                                     selection messages may be posted), `id` the instance id
 *                                     the host's loader gave the frame; `sides` and `kinds` as
 *                                     in the negotiation view; `resize` pym | amp also reports
 *                                     the height in that library's format (`childId` as Pym.js
 *                                     adds it). A value that fails its check is
 *                                     dropped (its default applies), never passed on.
 *   #/desk                            the editor's desk, for a new article (from text or a file)
 *   #/desk/NAME                       the editor's desk with articles/NAME.json
 *
 * Parsing never throws: whatever a link holds, the reader can say what it could not find.
 */
export type AppLocation =
  | { kind: 'index' }
  | { kind: 'article'; article: string | null; item?: string; passage?: TextQuote; sourcing?: Sourcing }
  | { kind: 'negotiation'; article: string; item?: string; filter: EventsShown }
  | { kind: 'embed'; article: string; item?: string; embed: EmbedOptions }
  | { kind: 'desk'; article: string | null }
  | { kind: 'bad-link'; article: string | null; reason: string };

/** Whether the text shows its full sourcing marks (`on`) or reads quietly (`off`). */
export const SOURCING_VALUES = ['on', 'off'] as const;
export type Sourcing = (typeof SOURCING_VALUES)[number];

/** The `sourcing` parameter of a link, when it holds a known value. */
function parseSourcing(search: string): Sourcing | undefined {
  const value = new URLSearchParams(search).get('sourcing');
  return SOURCING_VALUES.find((v) => v === value);
}

export const EMBED_VIEWS = ['reader', 'timeline', 'quotes', 'card'] as const;
export type EmbedView = (typeof EMBED_VIEWS)[number];
export const EMBED_THEMES = ['auto', 'light', 'dark'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];
/** Height messages in another embedding library's format, for hosts without our loader. */
export const EMBED_RESIZERS = ['pym', 'amp'] as const;
export type EmbedResizer = (typeof EMBED_RESIZERS)[number];

/**
 * Which events a timeline view shows, as "only these": an absent list shows all. Unknown kinds
 * and malformed side ids are dropped when the URL is read; sides the article lacks show nothing.
 */
export type EventsShown = { sides?: readonly string[]; kinds?: readonly EventKind[] };

/** How an embed looks and whom it may talk to; every field checked when the URL is read. */
export type EmbedOptions = EventsShown & {
  view: EmbedView;
  theme: EmbedTheme;
  accent?: string;
  font?: string;
  origin?: string;
  id?: string;
  sourcing?: Sourcing;
  /** Also report the height as Pym.js (`childId` names the frame, as Pym.js's parent adds it) or AMP. */
  resize?: EmbedResizer;
  childId?: string;
};

const HEX_COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
// A family list such as `Georgia, "Iowan Old Style", serif`: names of letters, digits, spaces
// and hyphens, each bare or wholly quoted, so the value can never close or open anything in CSS.
const FAMILY = String.raw`(?:[A-Za-z0-9][A-Za-z0-9 -]*|"[A-Za-z0-9 -]+"|'[A-Za-z0-9 -]+')`;
const FONT_LIST = new RegExp(String.raw`^${FAMILY}(?:\s*,\s*${FAMILY})*$`);

function oneOf<T extends string>(values: readonly T[], value: string | null, fallback: T): T {
  return values.find((v) => v === value) ?? fallback;
}

/** An `http(s)://host[:port]` origin exactly as `location.origin` writes it, or undefined. */
export function validOrigin(value: string | null): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return url.origin === value ? value : undefined;
  } catch {
    return undefined;
  }
}

export function validAccent(value: string | null): string | undefined {
  return value && HEX_COLOUR.test(value) ? value : undefined;
}

export function validFont(value: string | null): string | undefined {
  const font = value?.trim();
  return font && font.length <= 200 && FONT_LIST.test(font) ? font : undefined;
}

const MAX_LISTED = 40;

function listParam(params: URLSearchParams, name: string): string[] {
  const value = params.get(name);
  if (!value) return [];
  return [...new Set(value.split(','))].slice(0, MAX_LISTED);
}

/** `sides` and `kinds` from a query, each checked: what fails is dropped, an empty list is "all". */
export function parseEventsShown(params: URLSearchParams): EventsShown {
  const sides = listParam(params, 'sides').filter((id) => ITEM_ID_PATTERN.test(id));
  const kinds = listParam(params, 'kinds').flatMap((k) => EVENT_KINDS.filter((kind) => kind === k));
  return { ...(sides.length > 0 && { sides }), ...(kinds.length > 0 && { kinds }) };
}

function setEventsShown(params: URLSearchParams, shown: EventsShown): void {
  if (shown.sides && shown.sides.length > 0) params.set('sides', shown.sides.join(','));
  if (shown.kinds && shown.kinds.length > 0) params.set('kinds', shown.kinds.join(','));
}

/** A query string with its list separators left readable (`sides=china,north-korea`). */
function queryString(params: URLSearchParams): string {
  return params.toString().replace(/%2C/g, ',');
}

function parseEmbedOptions(search: string, hasItem: boolean): EmbedOptions {
  const params = new URLSearchParams(search);
  const view = oneOf(EMBED_VIEWS, params.get('view'), 'reader');
  const options: EmbedOptions = {
    // A card shows one item: without one, the whole reader is the honest fallback.
    view: view === 'card' && !hasItem ? 'reader' : view,
    theme: oneOf(EMBED_THEMES, params.get('theme'), 'auto'),
  };
  const accent = validAccent(params.get('accent'));
  const font = validFont(params.get('font'));
  const origin = validOrigin(params.get('origin'));
  const id = params.get('id');
  if (accent) options.accent = accent;
  if (font) options.font = font;
  if (origin) options.origin = origin;
  if (id && INSTANCE_ID_PATTERN.test(id)) options.id = id;
  const sourcing = parseSourcing(search);
  if (sourcing) options.sourcing = sourcing;
  const resize = EMBED_RESIZERS.find((r) => r === params.get('resize'));
  const childId = params.get('childId');
  if (resize) options.resize = resize;
  if (resize === 'pym' && childId && INSTANCE_ID_PATTERN.test(childId)) options.childId = childId;
  return { ...options, ...parseEventsShown(params) };
}

function parseEmbed(segments: string[], search: string): AppLocation {
  const article = safeDecode(segments[1] ?? '');
  if (segments.length > 3 || article === null || !isArticleName(article))
    return { kind: 'bad-link', article: null, reason: 'This embed link does not name an article.' };
  const raw = segments[2] === undefined ? null : safeDecode(segments[2]);
  // An item that is not a valid id is dropped: the embed shows the view without it.
  const item = raw !== null && ITEM_ID_PATTERN.test(raw) ? raw : undefined;
  const embed = parseEmbedOptions(search, item !== undefined);
  return item ? { kind: 'embed', article, item, embed } : { kind: 'embed', article, embed };
}

function parseNegotiation(segments: string[], search: string): AppLocation {
  const article = safeDecode(segments[1] ?? '');
  if (segments.length > 3 || article === null || !isArticleName(article))
    return { kind: 'bad-link', article: null, reason: 'This link does not name an article.' };
  const filter = parseEventsShown(new URLSearchParams(search));
  if (segments.length === 2) return { kind: 'negotiation', article, filter };
  const item = safeDecode(segments[2] ?? '');
  if (item === null || !ITEM_ID_PATTERN.test(item))
    return { kind: 'bad-link', article, reason: 'This link’s item is not a valid id.' };
  return { kind: 'negotiation', article, item, filter };
}

/** True for a string that may be an item id in a URL. */
export function isItemId(value: string): boolean {
  return ITEM_ID_PATTERN.test(value);
}

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

function parseDesk(segments: string[]): AppLocation {
  if (segments.length === 1) return { kind: 'desk', article: null };
  const article = safeDecode(segments[1] ?? '');
  if (segments.length > 2 || article === null || !isArticleName(article))
    return { kind: 'bad-link', article: null, reason: 'This desk link does not name an article.' };
  return { kind: 'desk', article };
}

const TOO_LONG: AppLocation = {
  kind: 'bad-link',
  article: null,
  reason: 'This link is too long to be a link to an article: it may have been cut or pasted wrongly.',
};

/** Reads a router location (the part after `#`) into what the reader should show. */
export function parseAppLocation(pathname: string, search = ''): AppLocation {
  if (pathname === TOO_LONG_PATH || pathname.length + search.length > MAX_LINK_LENGTH) return TOO_LONG;
  const segments = pathname.split('/').filter(Boolean);
  if (segments.length === 0) return { kind: 'article', article: null };
  if (segments[0] === 'articles' && segments.length === 1) return { kind: 'index' };
  if (segments[0] === 'embed') return parseEmbed(segments, search);
  if (segments[0] === 'desk') return parseDesk(segments);
  if (segments[0] === 'negotiation') return parseNegotiation(segments, search);
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
  const sourcing = parseSourcing(search);
  const withSourcing = <T extends object>(location: T) => (sourcing ? { ...location, sourcing } : location);
  if (segments.length === 2)
    return withSourcing(passage ? { kind: 'article', article, passage } : { kind: 'article', article });
  const item = safeDecode(segments[2] ?? '');
  if (item === null || !ITEM_ID_PATTERN.test(item))
    return { kind: 'bad-link', article, reason: 'This link’s item is not a valid id.' };
  return withSourcing({ kind: 'article', article, item });
}

/** Builds the router path (the part after `#`) for a location. */
export function buildAppPath(location: AppLocation, defaultArticle: string): string {
  if (location.kind === 'index') return '/articles';
  if (location.kind === 'embed') return buildEmbedPath(location);
  if (location.kind === 'desk')
    return location.article ? `/desk/${encodeURIComponent(location.article)}` : '/desk';
  if (location.kind === 'negotiation') return buildNegotiationPath(location);
  const article = location.article ?? defaultArticle;
  const base = `/read/${encodeURIComponent(article)}`;
  if (location.kind === 'bad-link') return base;
  const params = new URLSearchParams();
  if (location.passage && !location.item) {
    params.set('exact', location.passage.exact);
    if (location.passage.prefix) params.set('prefix', location.passage.prefix);
    if (location.passage.suffix) params.set('suffix', location.passage.suffix);
  }
  if (location.sourcing) params.set('sourcing', location.sourcing);
  const path = location.item ? `${base}/${encodeURIComponent(location.item)}` : base;
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

function buildNegotiationPath(location: Extract<AppLocation, { kind: 'negotiation' }>): string {
  const item = location.item ? `/${encodeURIComponent(location.item)}` : '';
  const params = new URLSearchParams();
  setEventsShown(params, location.filter);
  const query = queryString(params);
  return `/negotiation/${encodeURIComponent(location.article)}${item}${query ? `?${query}` : ''}`;
}

function buildEmbedPath(location: Extract<AppLocation, { kind: 'embed' }>): string {
  const { embed } = location;
  const item = location.item ? `/${encodeURIComponent(location.item)}` : '';
  const params = new URLSearchParams({ view: embed.view });
  if (embed.theme !== 'auto') params.set('theme', embed.theme);
  if (embed.accent) params.set('accent', embed.accent);
  if (embed.font) params.set('font', embed.font);
  if (embed.origin) params.set('origin', embed.origin);
  if (embed.id) params.set('id', embed.id);
  if (embed.sourcing) params.set('sourcing', embed.sourcing);
  if (embed.resize) params.set('resize', embed.resize);
  if (embed.childId) params.set('childId', embed.childId);
  setEventsShown(params, embed);
  return `/embed/${encodeURIComponent(location.article)}${item}?${queryString(params)}`;
}

/** The full URL to share: this page's address (any server, any sub-path) with the fragment. */
export function shareableUrl(path: string, pageHref: string): string {
  const url = new URL(pageHref);
  url.hash = path;
  return url.toString();
}
