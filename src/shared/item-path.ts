import { buildAppPath, type EventsShown } from './app-url';

/** In-app paths to an article and its items, from the one URL contract in app-url.ts. */
export function articlePath(articleName: string): string {
  return buildAppPath({ kind: 'article', article: articleName }, articleName);
}

export function itemPath(articleName: string, itemId: string): string {
  return buildAppPath({ kind: 'article', article: articleName, item: itemId }, articleName);
}

/** DOM id of the card that an inline control opens for an item. */
export function cardDomId(itemId: string): string {
  return `card-${itemId}`;
}

/** The negotiation view of an article, with an event focused and the events shown, if given. */
export function negotiationPath(articleName: string, itemId?: string, filter: EventsShown = {}): string {
  return buildAppPath(
    { kind: 'negotiation', article: articleName, ...(itemId && { item: itemId }), filter },
    articleName,
  );
}
