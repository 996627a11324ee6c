import type { Article } from '../../article/article-schema';
import type { TextRange } from '../../article/text-range-schema';
import type { ReviewList } from './ops/review-ops';

/** One thing the editor can review: its kind, what to call it, and the passages it covers. */
export type ReviewItem = {
  list: ReviewList;
  id: string;
  title: string;
  detail: string;
  ranges: TextRange[];
  draft: boolean;
  /** A quotation's insertions, an attribution's hedges: reviewed with it, removable one by one. */
  parts: { kind: 'insertion' | 'hedge'; index: number; range: TextRange }[];
  /** What the ingest was unsure of, and how sure it was: what to check first. */
  review?: Review;
};

type Review = { confidence: number; reason: string };

const reviewOf = (item: { review?: Review | undefined }) => (item.review ? { review: item.review } : {});

export const REVIEW_KINDS: { list: ReviewList; label: string; singular: string }[] = [
  { list: 'sources', label: 'Sources', singular: 'source' },
  { list: 'attributions', label: 'Attributions', singular: 'attribution' },
  { list: 'quotes', label: 'Quotations', singular: 'quotation' },
  { list: 'events', label: 'Events', singular: 'event' },
  { list: 'notes', label: 'Notes', singular: 'note' },
];

function clip(text: string, max = 90): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function reviewItems(article: Article): ReviewItem[] {
  const sourceName = (id: string) => article.sources.find((s) => s.id === id)?.name ?? id;
  const mentions = (id: string) => [
    ...article.attributions.filter((a) => a.sourceId === id).map((a) => a.range),
    ...article.quotes.filter((q) => q.speakerId === id).flatMap((q) => q.parts),
  ];
  return [
    ...article.sources.map((s) => ({
      list: 'sources' as const,
      id: s.id,
      title: s.name,
      detail: `${s.kind.replace(/-/g, ' ')}${s.anonymity.anonymous ? ' · anonymous' : ''} · ${mentions(s.id).length} passages`,
      ranges: mentions(s.id),
      draft: s.draft === true,
      parts: [],
    })),
    ...article.attributions.map((a) => ({
      list: 'attributions' as const,
      id: a.id,
      title: `“${clip(a.range.text)}”`,
      detail: `${sourceName(a.sourceId)} · ${a.certainty}${a.cue ? ` · cue “${a.cue.text}”` : ''}`,
      ranges: [a.range, ...(a.cue ? [a.cue] : [])],
      draft: a.draft === true,
      parts: a.hedges.map((range, index) => ({ kind: 'hedge' as const, index, range })),
      ...reviewOf(a),
    })),
    ...article.quotes.map((q) => ({
      list: 'quotes' as const,
      id: q.id,
      title: `“${clip(q.parts.map((p) => p.text).join(' … '))}”`,
      detail: `said by ${sourceName(q.speakerId)}${q.relayedById ? `, passed on by ${sourceName(q.relayedById)}` : ''}`,
      ranges: q.parts,
      draft: q.draft === true,
      parts: q.insertions.map((range, index) => ({ kind: 'insertion' as const, index, range })),
      ...reviewOf(q),
    })),
    ...article.events.map((e) => ({
      list: 'events' as const,
      id: e.id,
      title: clip(e.summary),
      detail: `${e.kind} · ${e.when.text}`,
      ranges: [e.wording],
      draft: e.draft === true,
      parts: [],
    })),
    ...article.notes.map((n) => ({
      list: 'notes' as const,
      id: n.id,
      title: n.title,
      detail: clip(n.text),
      ranges: n.anchors,
      draft: n.draft === true,
      parts: [],
    })),
  ];
}

/** The passages of any item by id (for highlighting what a problem or a row points at). */
export function rangesOf(article: Article, id: string): TextRange[] {
  return reviewItems(article).find((item) => item.id === id)?.ranges ?? [];
}
