import type { Article } from './article-schema';
import type { Block } from './body-schema';
import type { Attribution, Source } from './sourcing-schema';
import type { Note, Quote } from './quote-schema';
import type { TimelineEvent } from './event-schema';
import type { Mark } from './segment-text';
import type { TextRange } from './text-range-schema';
import { attributionCategory, type SourceCategory } from './source-category';

/** The article plus lookups computed once when it loads, so components never search lists. */
export type PreparedArticle = {
  article: Article;
  blocksById: Map<string, Block>;
  sourcesById: Map<string, Source>;
  attributionsById: Map<string, Attribution>;
  quotesById: Map<string, Quote>;
  notesById: Map<string, Note>;
  eventsById: Map<string, TimelineEvent>;
  /** Every mark that falls in a block, by block id. */
  marksByBlock: Map<string, Mark[]>;
  categoryOfAttribution: Map<string, SourceCategory>;
  /** The passages each source said or passed on (it is credited, or earlier in the chain). */
  attributionsBySource: Map<string, Attribution[]>;
  /** Attributions by block, in text order. */
  attributionsByBlock: Map<string, Attribution[]>;
};

function passOnSources(attribution: Attribution): string[] {
  const credited = attribution.chain.findIndex((link) => link.sourceId === attribution.sourceId);
  return attribution.chain.slice(0, credited + 1).map((link) => link.sourceId);
}

function groupBy<T>(items: readonly T[], keys: (item: T) => string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items)
    for (const key of keys(item)) {
      const group = groups.get(key) ?? [];
      group.push(item);
      groups.set(key, group);
    }
  return groups;
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

export function prepareArticle(article: Article): PreparedArticle {
  const sourcesById = byId(article.sources);
  const marksByBlock = new Map<string, Mark[]>();
  const mark = (kind: Mark['kind'], id: string, range: TextRange, part?: number) => {
    const list = marksByBlock.get(range.blockId) ?? [];
    list.push({ kind, id, start: range.start, end: range.end, ...(part === undefined ? {} : { part }) });
    marksByBlock.set(range.blockId, list);
  };

  const categoryOfAttribution = new Map<string, SourceCategory>();
  for (const attribution of article.attributions) {
    mark('attribution', attribution.id, attribution.range);
    attribution.hedges.forEach((hedge) => mark('hedge', attribution.id, hedge));
    const source = sourcesById.get(attribution.sourceId);
    if (source) categoryOfAttribution.set(attribution.id, attributionCategory(attribution, source));
  }
  for (const quote of article.quotes) {
    quote.parts.forEach((part, index) => mark('quote', quote.id, part, index));
    quote.insertions.forEach((insertion) => mark('insertion', quote.id, insertion));
  }
  for (const note of article.notes) note.anchors.forEach((anchor) => mark('note-anchor', note.id, anchor));

  return {
    article,
    blocksById: byId(article.body),
    sourcesById,
    attributionsById: byId(article.attributions),
    quotesById: byId(article.quotes),
    notesById: byId(article.notes),
    eventsById: byId(article.events),
    marksByBlock,
    categoryOfAttribution,
    attributionsBySource: groupBy(article.attributions, passOnSources),
    attributionsByBlock: groupBy(
      [...article.attributions].sort((a, b) => a.range.start - b.range.start),
      (a) => [a.range.blockId],
    ),
  };
}
