import type { PreparedArticle } from '../article/prepare-article';

export type CardKind = 'quote' | 'event' | 'source' | 'passage';

/**
 * What kind of card an item makes on its own, or undefined when it makes none (a paragraph, a
 * note). Its own module, so the reader's Embed dialog does not pull the cards into its bundle.
 */
export function cardKind(prepared: PreparedArticle, itemId: string): CardKind | undefined {
  if (prepared.quotesById.has(itemId)) return 'quote';
  if (prepared.eventsById.has(itemId)) return 'event';
  if (prepared.sourcesById.has(itemId)) return 'source';
  if (prepared.attributionsById.has(itemId)) return 'passage';
  return undefined;
}
