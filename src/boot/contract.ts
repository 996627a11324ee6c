/**
 * The first-paint path's contract, in one place (decision 007). The build (src/boot/build/),
 * the two tiny page scripts (boot.ts, start.ts, compiled into boot.js and start.js), the app's
 * entry (src/app/main.tsx) and the CSS hook (boot.css) agree on these names and rules; nothing
 * else spells them. It builds on the data core only (the article names' and ids' patterns live in
 * src/article/article-names.ts, which every layer may use), and boot.js inlines it whole.
 */

import { articlePageFile, isArticleName, ITEM_ID_PATTERN } from '../article/article-names';

/** `<meta name=…>`: the article a page shows when its URL names none (a deployment may change it). */
export const DEFAULT_ARTICLE_META = 'provenance-default-article';
/** `<meta name=…>`: the URL of the validator's chunk, for boot.js to preload when it is needed. */
export const VALIDATOR_META = 'provenance-validator';

/** The element the app renders into. */
export const ROOT_ID = 'root';
/** On the root: the name of the article whose reader the build rendered into it. */
export const PRERENDERED_ATTRIBUTE = 'data-prerendered';
/** On `<html>`, set by boot.js: this URL shows another page, so the pre-rendered one is hidden. */
export const PAGE_ATTRIBUTE = 'data-pv-page';
export const OTHER_PAGE = 'other';
/** On `<html>`, set by the app: it has hydrated or replaced the page; its controls work. */
export const APP_ATTRIBUTE = 'data-pv-app';
export const APP_READY = 'ready';
/** The `<meta>` naming the app's entry, which start.js imports after the first frame. */
export const APP_ENTRY_META = 'pv-app-entry';
/** A `<meta>` per module the entry imports: start.js starts their downloads with the entry's. */
export const APP_MODULE_META = 'pv-app-module';
/** An empty element after the root: `<link rel=expect>` holds the first frame until it is parsed. */
export const PARSED_MARKER_ID = 'pv-prerendered-end';

/** The features' card containers that open after a block (sources.css, quotes.css). */
const CARD_CONTAINERS = ['.pv-cards', '.pv-quote-cards'];

/** How the kept room looks: a card's outline, saying what will fill it. */
const RESERVE_LOOK = [
  'display: block',
  'box-sizing: border-box',
  'height: var(--pv-card-reserve)',
  'margin-block: var(--pv-card-reserve-margin)',
  'padding: var(--pv-space-m) var(--pv-space-l)',
  'border: 1px dashed var(--pv-rule)',
  'border-radius: var(--pv-radius-m)',
  'font: var(--pv-text-s) var(--pv-font-ui)',
  'color: var(--pv-muted)',
].join('; ');

/**
 * A link to a quote or an attribution opens its card under the paragraph, but only once the app
 * runs, seconds after boot.js has shown the item: the card then pushed the text below it down
 * under the reader's eyes (layout shift 0.056 in the bench). Until a card follows the block, the
 * block keeps a card's room below it, drawn as a quiet outline; the card then takes that room.
 * `id` must match ITEM_ID_PATTERN (a letter, then letters, digits and hyphens): it goes into a
 * selector. Only marks whose card opens inline (data-quote, data-attribution) get the room.
 */
export function cardReserveCss(id: string): string {
  if (!ITEM_ID_PATTERN.test(id)) return '';
  const block = `.pv-block:has([id="${id}"]:is([data-quote], [data-attribution]))`;
  const cardFollows = CARD_CONTAINERS.map((card) => `~ ${card}`).join(', ');
  const room = `${block}:not(:has(${cardFollows}))::after { content: "Opening its card…"; ${RESERVE_LOOK} }`;
  // A source card's room is its own (boot.css): on a phone it wraps taller than a quote's.
  const sourceCard = `.pv-block:has([id="${id}"][data-attribution]) { --pv-card-reserve: var(--pv-source-card-reserve) }`;
  return `${room}\n${sourceCard}`;
}

/**
 * An article's own page, relative to any page of the app: beside index.html, so every relative
 * URL in it (assets, articles/, the index) means what it means in index.html, on any static
 * server and any sub-path, with no rewrite rules. `index` is index.html's: that article has no
 * page of its own (it opens at `index.html#/read/index`).
 */
export function articlePagePath(name: string): string | undefined {
  return isArticleName(name) && name !== 'index' ? articlePageFile(name) : undefined;
}

/** What boot.js and the app's entry need to know about a URL fragment before React starts. */
export type BootRoute =
  /** The page's own article (its default), perhaps one item of it. */
  | { kind: 'own'; article: string; item?: string }
  /** A route the pre-rendered article does not belong to: another article, the index, an embed. */
  | { kind: 'other'; article?: string };

/**
 * Reads a fragment as the router will, in brief (the full rules are src/shared/app-url.ts's):
 * `#`, `#/`, `#/read/OWN[/ID][?passage]` and a plain `#ID` anchor (as a browser reads it on a
 * page without JavaScript) are the page's own article; `#/read/NAME…` and `#/embed/NAME…` name
 * another; anything else is another page (the app explains links it cannot follow).
 */
export function readBootRoute(hash: string, ownArticle: string): BootRoute {
  const fragment = hash.replace(/^#/, '');
  const path = fragment.split('?')[0] ?? '';
  if (!path.startsWith('/') && path !== '') {
    return ITEM_ID_PATTERN.test(path) ? { kind: 'own', article: ownArticle, item: path } : { kind: 'other' };
  }
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0) return { kind: 'own', article: ownArticle };
  const named = ['read', 'embed', 'negotiation'].includes(parts[0] ?? '')
    ? safeDecode(parts[1] ?? '')
    : undefined;
  const article = named !== undefined && isArticleName(named) ? named : undefined;
  if (parts[0] === 'read' && article === ownArticle && parts.length <= 3) {
    const item = parts[2] === undefined ? undefined : safeDecode(parts[2]);
    if (item === undefined) return { kind: 'own', article };
    // An item the router will call invalid still shows this article, under a notice.
    return ITEM_ID_PATTERN.test(item) ? { kind: 'own', article, item } : { kind: 'own', article };
  }
  return article === undefined ? { kind: 'other' } : { kind: 'other', article };
}

/** The router path a plain `#ID` anchor stands for on a page of `article` (the app's own form). */
export function anchorRouterPath(article: string, item: string): string {
  return `/read/${article}/${item}`;
}

function safeDecode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** The page's own article: named by its meta, else the project's bundled default. */
export function ownArticleName(doc: Document): string {
  const meta = doc.querySelector(`meta[name="${DEFAULT_ARTICLE_META}"]`);
  const name = (meta?.getAttribute('content') ?? '').trim();
  return isArticleName(name) ? name : FALLBACK_ARTICLE;
}

/** The article a page without the meta shows (the one bundled with the project). */
export const FALLBACK_ARTICLE = 'dailynk-train-service-talks';
