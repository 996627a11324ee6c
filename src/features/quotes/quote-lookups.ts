import type { PreparedArticle } from '../../article/prepare-article';
import type { Note, Quote } from '../../article/quote-schema';

function push<T>(map: Map<string, T[]>, key: string, item: T) {
  const list = map.get(key) ?? [];
  list.push(item);
  map.set(key, list);
}

/** Quotes by the block of their last part, where their button and card are. */
export function quotesByLastBlock(prepared: PreparedArticle): Map<string, Quote[]> {
  const map = new Map<string, Quote[]>();
  for (const quote of prepared.article.quotes) {
    const last = quote.parts.at(-1);
    if (last) push(map, last.blockId, quote);
  }
  return map;
}

/** Notes by each block they may open after. */
export function notesByBlock(
  prepared: PreparedArticle,
  blocksOf: (prepared: PreparedArticle, note: Note) => string[],
): Map<string, Note[]> {
  const map = new Map<string, Note[]>();
  for (const note of prepared.article.notes)
    for (const blockId of blocksOf(prepared, note)) push(map, blockId, note);
  return map;
}
