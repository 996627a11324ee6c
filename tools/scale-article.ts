import type { Article } from '../src/article/article-schema';
import type { Attribution } from '../src/article/sourcing-schema';
import type { Note, Quote } from '../src/article/quote-schema';
import type { TimelineEvent } from '../src/article/event-schema';
import type { TextRange } from '../src/article/text-range-schema';

/** Copy 0 keeps the seed's ids (so the seed's deep links still work); copy k gets `-xKK`. */
export function copySuffix(copy: number): string {
  return copy === 0 ? '' : `-x${String(copy).padStart(2, '0')}`;
}

type Rename = (id: string) => string;

function renameRange(range: TextRange, rename: Rename): TextRange {
  return { ...range, blockId: rename(range.blockId) };
}

function copyAttribution(a: Attribution, rename: Rename): Attribution {
  return {
    ...a,
    id: rename(a.id),
    range: renameRange(a.range, rename),
    sourceId: rename(a.sourceId),
    ...(a.cue && { cue: renameRange(a.cue, rename) }),
    chain: a.chain.map((link) => ({ ...link, sourceId: rename(link.sourceId) })),
    hedges: a.hedges.map((h) => renameRange(h, rename)),
  };
}

function copyQuote(q: Quote, rename: Rename): Quote {
  return {
    ...q,
    id: rename(q.id),
    parts: q.parts.map((p) => renameRange(p, rename)),
    speakerId: rename(q.speakerId),
    ...(q.relayedById && { relayedById: rename(q.relayedById) }),
    ...(q.attributionId && { attributionId: rename(q.attributionId) }),
    ...(q.parentId && { parentId: rename(q.parentId) }),
    insertions: q.insertions.map((i) => renameRange(i, rename)),
    noteIds: q.noteIds.map(rename),
  };
}

function copyNote(n: Note, rename: Rename): Note {
  const eventId = n.reference?.eventId;
  return {
    ...n,
    id: rename(n.id),
    anchors: n.anchors.map((a) => renameRange(a, rename)),
    ...(n.reference && {
      reference: { ...n.reference, ...(eventId && { eventId: rename(eventId) }) },
    }),
  };
}

/** Actors (and their sides) are shared by every copy: the same parties, a longer story. */
function copyEvent(e: TimelineEvent, rename: Rename): TimelineEvent {
  return {
    ...e,
    id: rename(e.id),
    wording: renameRange(e.wording, rename),
    ...(e.answersId && { answersId: rename(e.answersId) }),
    afterIds: e.afterIds.map(rename),
    evidence: {
      attributionIds: e.evidence.attributionIds.map(rename),
      quoteIds: e.evidence.quoteIds.map(rename),
    },
  };
}

/**
 * The seed article `times` over, for the benchmark: body, sources, attributions, quotes, notes
 * and events are repeated with suffixed ids and every range and reference renamed to match;
 * meta, sides and actors stay single. Deterministic: the same seed gives the same bytes.
 */
export function scaleArticle(seed: Article, times: number, id: string): Article {
  const copies = Array.from({ length: times }, (_, copy) => {
    const suffix = copySuffix(copy);
    return (old: string) => `${old}${suffix}`;
  });
  const each = <T>(make: (rename: Rename) => T[]): T[] => copies.flatMap(make);
  return {
    ...seed,
    id,
    body: each((rename) => seed.body.map((block) => ({ ...block, id: rename(block.id) }))),
    sources: each((rename) => seed.sources.map((s) => ({ ...s, id: rename(s.id) }))),
    attributions: each((rename) => seed.attributions.map((a) => copyAttribution(a, rename))),
    quotes: each((rename) => seed.quotes.map((q) => copyQuote(q, rename))),
    notes: each((rename) => seed.notes.map((n) => copyNote(n, rename))),
    events: each((rename) => seed.events.map((e) => copyEvent(e, rename))),
    // Each copy keeps its own phases: the longer story is the seed's told over and over.
    phases: each((rename) =>
      (seed.phases ?? []).map((p) => ({ ...p, id: rename(p.id), eventIds: p.eventIds.map(rename) })),
    ),
  };
}

export type ArticleCounts = Record<
  'blocks' | 'paragraphs' | 'sources' | 'attributions' | 'quotes' | 'notes' | 'events',
  number
>;

export function countArticle(article: Article): ArticleCounts {
  return {
    blocks: article.body.length,
    paragraphs: article.body.filter((b) => b.type === 'paragraph').length,
    sources: article.sources.length,
    attributions: article.attributions.length,
    quotes: article.quotes.length,
    notes: article.notes.length,
    events: article.events.length,
  };
}
