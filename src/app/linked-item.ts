import type { PreparedArticle } from '../article/prepare-article';
import type { DisclosureKey } from '../shared/reader-state';
import { noteDisclosureKey, quoteCardKey } from '../features/quotes/quote-keys';
import { cardKey, sourceEntryKey } from '../features/sources/source-keys';
import { eventKey } from '../features/timeline/timeline-keys';

export const RAIL_TABS = { sources: 'sources', timeline: 'timeline', quotes: 'quotes' } as const;

/** The rail tab that holds an item, for links that lead into the rail. */
export function railTabOf(prepared: PreparedArticle, itemId: string): string | undefined {
  if (prepared.sourcesById.has(itemId)) return RAIL_TABS.sources;
  if (prepared.eventsById.has(itemId)) return RAIL_TABS.timeline;
  return undefined;
}

/** The disclosures that hide an item, or its details, until opened: a deep link opens them. */
export function disclosuresHiding(prepared: PreparedArticle, itemId: string): DisclosureKey[] {
  if (prepared.sourcesById.has(itemId)) return [sourceEntryKey(itemId)];
  if (prepared.eventsById.has(itemId)) return [eventKey(itemId)];
  if (prepared.notesById.has(itemId)) return [noteDisclosureKey(itemId)];
  // A quote is visible in the text; its card (speaker, notes, permalink) opens beside it.
  if (prepared.quotesById.has(itemId)) return [quoteCardKey(itemId)];
  // So is an attribution's (its source, how we know): boot.js keeps the card's room meanwhile.
  if (prepared.attributionsById.has(itemId)) return [cardKey(itemId)];
  return [];
}
