import type { Article } from '../../../article/article-schema';
import { omit } from './omit';
import { applyChange, ChangeBuilder, type Change } from './change';
import { removeAttribution, removeEvent, removeNote, removeQuote, removeSource } from './cleanup';

/** The lists whose items the ingest marks `draft`. */
export const REVIEW_LISTS = ['sources', 'attributions', 'quotes', 'notes', 'events'] as const;
export type ReviewList = (typeof REVIEW_LISTS)[number];

export function draftCount(article: Article): number {
  return REVIEW_LISTS.reduce(
    (n, list) => n + (article[list] as { draft?: boolean }[]).filter((i) => i.draft).length,
    0,
  );
}

/** Once nothing is left to review, the file is no longer a draft (the reader's notice goes). */
function settleMeta(b: ChangeBuilder): void {
  if (b.article.meta.draft && draftCount(b.article) === 0) {
    const meta = omit(b.article.meta, 'draft');
    b.meta(meta);
  }
}

function accepted<T extends { draft?: boolean }>(item: T): T {
  const rest = omit(item, 'draft');
  return rest as T;
}

function acceptIn(b: ChangeBuilder, list: ReviewList, id: string): void {
  const item = (b.article[list] as { id: string; draft?: boolean }[]).find((i) => i.id === id);
  if (item?.draft) b.replace(list, accepted(item) as never);
}

export function acceptItem(article: Article, list: ReviewList, id: string): Change {
  const b = new ChangeBuilder(article);
  acceptIn(b, list, id);
  settleMeta(b);
  return b.done('Accept');
}

/** "Accept all of this kind": one change, undone in one step. */
export function acceptAll(article: Article, list: ReviewList): Change {
  const b = new ChangeBuilder(article);
  for (const item of article[list] as { id: string; draft?: boolean }[])
    if (item.draft) acceptIn(b, list, item.id);
  settleMeta(b);
  return b.done(`Accept all ${list}`);
}

/** How each list's item is removed with every reference to it. */
const REMOVERS = {
  sources: removeSource,
  attributions: removeAttribution,
  quotes: removeQuote,
  notes: removeNote,
  events: removeEvent,
} as const;

/** A wrong find goes, with every reference to it (a wrong source takes its passages along). */
export function rejectItem(article: Article, list: ReviewList, id: string): Change {
  const b = new ChangeBuilder(article);
  const remove = REMOVERS[list];
  remove(b, id);
  settleMeta(b);
  return b.done('Reject');
}

/** "Reject all of this kind" (the ingest's events are often all wrong): one change, one undo. */
export function rejectAll(article: Article, list: ReviewList): Change {
  const b = new ChangeBuilder(article);
  const remove = REMOVERS[list];
  for (const item of article[list] as { id: string; draft?: boolean }[])
    if (item.draft && (b.article[list] as { id: string }[]).some((i) => i.id === item.id)) remove(b, item.id);
  settleMeta(b);
  return b.done(`Reject all ${list}`);
}

/**
 * Any edit that leaves nothing to review ends the draft: a correction saved on the last draft
 * item counts as much as "Accept". Added to the edit itself, so that undo brings the notice back.
 */
export function settleDraft(article: Article, change: Change): Change {
  const after = applyChange(article, change);
  if (!after.meta.draft || draftCount(after) > 0) return change;
  const meta = omit(after.meta, 'draft');
  return { ...change, steps: [...change.steps, { list: 'meta', before: after.meta, after: meta }] };
}
