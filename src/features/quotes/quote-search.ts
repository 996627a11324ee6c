import type { PreparedArticle } from '../../article/prepare-article';
import type { Note, Quote } from '../../article/quote-schema';
import { relayerName, speakerName } from './describe-quote';

export type QuoteGroup = { key: string; label: string; quotes: Quote[] };

function fold(text: string): string {
  // Case and typographic quotes do not matter when searching ("it's" finds “it’s”).
  return text.toLocaleLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
}

function matches(haystack: string[], query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const text = fold(haystack.join(' \n '));
  return words.every((word) => text.includes(word));
}

export function quoteMatches(prepared: PreparedArticle, quote: Quote, query: string): boolean {
  return matches(
    [
      ...quote.parts.map((p) => p.text),
      ...quote.insertions.map((i) => i.text),
      speakerName(prepared, quote),
      relayerName(prepared, quote) ?? '',
    ],
    query,
  );
}

export function noteMatches(note: Note, query: string): boolean {
  return matches([note.title, note.text, ...note.anchors.map((a) => a.text)], query);
}

/** Quotes grouped by who said them (and who relayed them), in order of first appearance. */
export function groupBySpeaker(prepared: PreparedArticle, quotes: readonly Quote[]): QuoteGroup[] {
  const groups = new Map<string, QuoteGroup>();
  for (const quote of quotes) {
    const key = `${quote.speakerId}/${quote.relayedById ?? ''}`;
    const relayer = relayerName(prepared, quote);
    const speaker = speakerName(prepared, quote);
    const group = groups.get(key) ?? {
      key,
      label: relayer ? `${speaker}, as relayed by ${relayer}` : speaker,
      quotes: [],
    };
    group.quotes.push(quote);
    groups.set(key, group);
  }
  return [...groups.values()];
}
