import type { PreparedArticle } from '../../article/prepare-article';
import type { Note, Quote } from '../../article/quote-schema';
import { relayerName, speakerName } from './describe-quote';
import { whenIdle } from '../../shared/when-idle';

export type QuoteGroup = { key: string; label: string; quotes: Quote[] };

/** An item with the text a search looks in, folded once per article rather than on every key. */
export type Searchable<T> = { item: T; text: string };

export function fold(text: string): string {
  // Case and typographic quotes do not matter when searching ("it's" finds “it’s”).
  return text.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
}

function searchable<T>(item: T, haystack: string[]): Searchable<T> {
  return { item, text: fold(haystack.join(' \n ')) };
}

export function searchableQuote(prepared: PreparedArticle, quote: Quote): Searchable<Quote> {
  return searchable(quote, [
    ...quote.parts.map((p) => p.text),
    ...quote.insertions.map((i) => i.text),
    speakerName(prepared, quote),
    relayerName(prepared, quote) ?? '',
  ]);
}

export function searchableNote(note: Note): Searchable<Note> {
  return searchable(note, [note.title, note.text, ...note.anchors.map((a) => a.text)]);
}

export type SearchIndex = { quotes: Searchable<Quote>[]; notes: Searchable<Note>[] };

const indexes = new WeakMap<PreparedArticle, SearchIndex>();

/** Every quote's and note's search text, worked out on first use and kept for the article. */
export function searchIndex(prepared: PreparedArticle): SearchIndex {
  let index = indexes.get(prepared);
  if (!index) {
    index = {
      quotes: prepared.article.quotes.map((quote) => searchableQuote(prepared, quote)),
      notes: prepared.article.notes.map(searchableNote),
    };
    indexes.set(prepared, index);
  }
  return index;
}

/** Works the index out when the browser is idle, so the first key typed does not wait for it. */
export function warmSearchIndex(prepared: PreparedArticle): () => void {
  return whenIdle(() => {
    searchIndex(prepared);
  });
}

/** The items whose text holds every word of the query. */
export function search<T>(items: readonly Searchable<T>[], query: string): T[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return items.filter(({ text }) => words.every((word) => text.includes(word))).map(({ item }) => item);
}

/** Quotes grouped by who said them (and who relayed them), in order of first appearance. */
export function groupBySpeaker(prepared: PreparedArticle, quotes: readonly Quote[]): QuoteGroup[] {
  const groups = new Map<string, QuoteGroup>();
  for (const quote of quotes) {
    const key = `${quote.speakerId}/${quote.relayedById ?? ''}`;
    let group = groups.get(key);
    if (!group) {
      const relayer = relayerName(prepared, quote);
      const speaker = speakerName(prepared, quote);
      group = { key, label: relayer ? `${speaker}, as relayed by ${relayer}` : speaker, quotes: [] };
      groups.set(key, group);
    }
    group.quotes.push(quote);
  }
  return [...groups.values()];
}

/** The groups as far as the first `limit` quotes reach, each with its quotes on the page. */
export function pageGroups(
  groups: readonly QuoteGroup[],
  limit: number,
): (QuoteGroup & { onPage: Quote[] })[] {
  const paged = [];
  let left = limit;
  for (const group of groups) {
    if (left <= 0) break;
    paged.push({ ...group, onPage: group.quotes.slice(0, left) });
    left -= group.quotes.length;
  }
  return paged;
}
