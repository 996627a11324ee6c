import type { Article } from '../../../article/article-schema';
import type { Quote } from '../../../article/quote-schema';
import type { TextRange } from '../../../article/text-range-schema';
import { ChangeBuilder, type Change } from './change';
import { eachCurrent, removeQuote } from './cleanup';
import { freshId } from './ids';
import { compareRanges, isInside, overlap } from './text-ranges';

export type NewQuote = { parts: TextRange[]; speakerId: string; relayedById?: string };

/** The attribution by the same speaker whose passage holds every part, if any. */
function carryingAttribution(article: Article, parts: TextRange[], speakerId: string): string | undefined {
  return article.attributions.find(
    (a) => a.sourceId === speakerId && parts.every((p) => isInside(p, a.range)),
  )?.id;
}

export function createQuote(article: Article, input: NewQuote): { change: Change; id: string } {
  const first = input.parts[0];
  if (!first) throw new Error('select the quoted words first');
  const parts = [...input.parts].sort((a, b) => compareRanges(article, a, b));
  if (article.quotes.some((q) => q.parts.some((p) => parts.some((n) => overlap(p, n)))))
    throw new Error('these words are already part of a quotation');
  const b = new ChangeBuilder(article);
  const id = freshId(article, 'q', first.text);
  const attributionId = carryingAttribution(article, parts, input.speakerId);
  // A quotation inside another one (a quote within a quote) is nested in it.
  const parent = article.quotes.find((q) => q.parts.some((p) => parts.every((n) => isInside(n, p))));
  const quote: Quote = {
    id,
    parts,
    speakerId: input.speakerId,
    ...(input.relayedById && input.relayedById !== input.speakerId ? { relayedById: input.relayedById } : {}),
    ...(attributionId ? { attributionId } : {}),
    ...(parent ? { parentId: parent.id } : {}),
    insertions: [],
    noteIds: [],
  };
  b.add('quotes', quote);
  return { change: b.done('Add quotation'), id };
}

export function updateQuote(article: Article, quote: Quote): Change {
  const b = new ChangeBuilder(article);
  const { relayedById, ...rest } = quote;
  b.replace('quotes', {
    ...rest,
    ...(relayedById && relayedById !== quote.speakerId ? { relayedById } : {}),
  });
  return b.done('Edit quotation');
}

export function deleteQuote(article: Article, id: string): Change {
  const b = new ChangeBuilder(article);
  removeQuote(b, id);
  return b.done('Delete quotation');
}

/** An editor's bracketed words inside a quotation: they must lie inside one of its parts. */
export function addInsertion(article: Article, quoteId: string, range: TextRange): Change {
  const quote = article.quotes.find((q) => q.id === quoteId);
  if (!quote) throw new Error(`no quotation "${quoteId}"`);
  if (!quote.parts.some((p) => isInside(range, p)))
    throw new Error('an insertion must lie inside the quotation');
  if (quote.insertions.some((i) => overlap(i, range)))
    throw new Error('these words are already an insertion');
  const b = new ChangeBuilder(article);
  const insertions = [...quote.insertions, range].sort((x, y) => compareRanges(article, x, y));
  b.replace('quotes', { ...quote, insertions });
  return b.done('Add insertion');
}

export function removeInsertion(article: Article, quoteId: string, index: number): Change {
  const quote = article.quotes.find((q) => q.id === quoteId);
  if (!quote) throw new Error(`no quotation "${quoteId}"`);
  const b = new ChangeBuilder(article);
  b.replace('quotes', { ...quote, insertions: quote.insertions.filter((_, i) => i !== index) });
  return b.done('Remove insertion');
}

/** A quotation in two parts that are really two utterances: the later parts become a new quote. */
export function splitQuote(article: Article, id: string, atPart: number): { change: Change; id: string } {
  const quote = article.quotes.find((q) => q.id === id);
  if (!quote || atPart < 1 || atPart >= quote.parts.length)
    throw new Error('split between two parts of a quotation');
  const b = new ChangeBuilder(article);
  const head = quote.parts.slice(0, atPart);
  const tail = quote.parts.slice(atPart);
  const inParts = (parts: TextRange[]) => (r: TextRange) => parts.some((p) => isInside(r, p));
  const newId = freshId(article, 'q', tail[0]?.text ?? 'quote');
  b.replace('quotes', { ...quote, parts: head, insertions: quote.insertions.filter(inParts(head)) });
  b.add(
    'quotes',
    { ...quote, id: newId, parts: tail, insertions: quote.insertions.filter(inParts(tail)), noteIds: [] },
    article.quotes.indexOf(quote) + 1,
  );
  return { change: b.done('Split quotation'), id: newId };
}

/** Two quotations that are one utterance ("…," said the source. "…"): one quote, two parts. */
export function mergeQuotes(article: Article, keepId: string, dropId: string): Change {
  const keep = article.quotes.find((q) => q.id === keepId);
  const drop = article.quotes.find((q) => q.id === dropId);
  if (!keep || !drop || keepId === dropId) throw new Error('choose two different quotations');
  const b = new ChangeBuilder(article);
  const order = (x: TextRange, y: TextRange) => compareRanges(article, x, y);
  b.replace('quotes', {
    ...keep,
    parts: [...keep.parts, ...drop.parts].sort(order),
    insertions: [...keep.insertions, ...drop.insertions].sort(order),
    noteIds: [...new Set([...keep.noteIds, ...drop.noteIds])],
  });
  for (const q of eachCurrent(b, 'quotes'))
    if (q.parentId === dropId) b.replace('quotes', { ...q, parentId: keepId });
  for (const e of eachCurrent(b, 'events'))
    if (e.evidence.quoteIds.includes(dropId)) {
      const ids = e.evidence.quoteIds.map((x) => (x === dropId ? keepId : x));
      b.replace('events', { ...e, evidence: { ...e.evidence, quoteIds: [...new Set(ids)] } });
    }
  b.remove('quotes', dropId);
  return b.done('Merge quotations');
}
