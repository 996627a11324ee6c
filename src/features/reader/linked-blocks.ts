import type { PreparedArticle } from '../../article/prepare-article';

/** The blocks an item is shown in: its own, its passage's, its quote's parts, its note's anchors. */
export function blocksOfItem(prepared: PreparedArticle, itemId: string): string[] {
  if (prepared.blocksById.has(itemId)) return [itemId];
  const attribution = prepared.attributionsById.get(itemId);
  if (attribution) return [attribution.range.blockId];
  const quote = prepared.quotesById.get(itemId);
  if (quote) return quote.parts.map((part) => part.blockId);
  const note = prepared.notesById.get(itemId);
  if (note) return note.anchors.map((anchor) => anchor.blockId);
  return [];
}
