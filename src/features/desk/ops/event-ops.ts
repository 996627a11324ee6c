import type { Article } from '../../../article/article-schema';
import type { EventKind, TimelineEvent } from '../../../article/event-schema';
import type { FuzzyDate } from '../../../article/fuzzy-date-schema';
import type { TextRange } from '../../../article/text-range-schema';
import { omit } from './omit';
import { ChangeBuilder, type Change } from './change';
import { eachCurrent, joinPhase, leavePhase, phaseIndexOf, removeEvent } from './cleanup';
import { freshId } from './ids';
import { isInside } from './text-ranges';
import { findCycle } from '../../../article/find-cycle';

/** True when events would answer or follow each other in a circle (which the schema rejects). */
function circular(events: TimelineEvent[]): boolean {
  const ids = events.map((e) => e.id);
  const byId = new Map(events.map((e) => [e.id, e]));
  const answers = (id: string) => {
    const a = byId.get(id)?.answersId;
    return a ? [a] : [];
  };
  const after = (id: string) => byId.get(id)?.afterIds ?? [];
  return findCycle(ids, answers) !== null || findCycle(ids, after) !== null;
}

export type NewEvent = {
  wording: TextRange;
  kind: EventKind;
  summary: string;
  actorIds: string[];
  when: FuzzyDate;
};

/** The attributions and quotations whose passage holds the event's wording: its evidence. */
function evidenceFor(article: Article, wording: TextRange): TimelineEvent['evidence'] {
  return {
    attributionIds: article.attributions.filter((a) => isInside(wording, a.range)).map((a) => a.id),
    quoteIds: article.quotes.filter((q) => q.parts.some((p) => isInside(wording, p))).map((q) => q.id),
  };
}

export function createEvent(article: Article, input: NewEvent): { change: Change; id: string } {
  if (input.actorIds.length === 0) throw new Error('an event needs at least one actor');
  const b = new ChangeBuilder(article);
  const id = freshId(article, 'e', input.summary);
  b.add('events', {
    id,
    kind: input.kind,
    summary: input.summary.trim(),
    wording: input.wording,
    actorIds: input.actorIds,
    when: input.when,
    afterIds: [],
    evidence: evidenceFor(article, input.wording),
  });
  joinPhase(b, id);
  return { change: b.done('Add event'), id };
}

export function updateEvent(article: Article, event: TimelineEvent): Change {
  const b = new ChangeBuilder(article);
  b.replace('events', event);
  return b.done('Edit event');
}

export function deleteEvent(article: Article, id: string): Change {
  const b = new ChangeBuilder(article);
  removeEvent(b, id);
  return b.done('Delete event');
}

/** The same happening found twice: actors and evidence joined, references moved to the kept one. */
export function mergeEvents(article: Article, keepId: string, dropId: string): Change {
  const keep = article.events.find((e) => e.id === keepId);
  const drop = article.events.find((e) => e.id === dropId);
  if (!keep || !drop || keepId === dropId) throw new Error('choose two different events');
  const b = new ChangeBuilder(article);
  const join = (x: string[], y: string[]) => [...new Set([...x, ...y])];
  b.replace('events', {
    ...keep,
    actorIds: join(keep.actorIds, drop.actorIds),
    afterIds: join(keep.afterIds, drop.afterIds).filter((x) => x !== keepId && x !== dropId),
    evidence: {
      attributionIds: join(keep.evidence.attributionIds, drop.evidence.attributionIds),
      quoteIds: join(keep.evidence.quoteIds, drop.evidence.quoteIds),
    },
  });
  for (const e of eachCurrent(b, 'events')) {
    if (e.id === keepId || e.id === dropId) continue;
    if (e.answersId === dropId || e.afterIds.includes(dropId))
      b.replace('events', {
        ...e,
        ...(e.answersId === dropId ? { answersId: keepId } : {}),
        afterIds: [...new Set(e.afterIds.map((x) => (x === dropId ? keepId : x)))],
      });
  }
  for (const n of eachCurrent(b, 'notes'))
    if (n.reference?.eventId === dropId)
      b.replace('notes', { ...n, reference: { ...n.reference, eventId: keepId } });
  const current = b.article.events.find((e) => e.id === keepId);
  if (current?.answersId === dropId) {
    const rest = omit(current, 'answersId');
    b.replace('events', rest);
  }
  // The kept event stands for both: it moves to the later of their phases, so what the dropped
  // one followed still comes before it.
  const keepPhase = phaseIndexOf(b, keepId);
  const dropPhase = phaseIndexOf(b, dropId);
  leavePhase(b, dropId);
  if (keepPhase !== undefined && dropPhase !== undefined && dropPhase > keepPhase) {
    leavePhase(b, keepId);
    joinPhase(b, keepId, dropPhase);
  }
  b.remove('events', dropId);
  if (circular(b.article.events))
    throw new Error('these events answer or follow each other: merging them would make a circle');
  return b.done('Merge events');
}

/** One event per actor group: the chosen actors get an event of their own, same wording and date. */
export function splitEvent(article: Article, id: string, actorIds: string[]): { change: Change; id: string } {
  const event = article.events.find((e) => e.id === id);
  if (!event) throw new Error(`no event "${id}"`);
  const kept = event.actorIds.filter((a) => !actorIds.includes(a));
  const moved = event.actorIds.filter((a) => actorIds.includes(a));
  if (kept.length === 0 || moved.length === 0) throw new Error('choose some, not all, of the event’s actors');
  const b = new ChangeBuilder(article);
  const newId = freshId(article, 'e', event.summary);
  b.replace('events', { ...event, actorIds: kept });
  const rest = omit(event, 'answersId');
  b.add('events', { ...rest, id: newId, actorIds: moved, afterIds: [] }, article.events.indexOf(event) + 1);
  const phase = phaseIndexOf(b, id);
  if (phase !== undefined) joinPhase(b, newId, phase);
  return { change: b.done('Split event'), id: newId };
}

/** A party and someone acting for it, for an event whose actor the ingest did not find. */
export function createActor(
  article: Article,
  name: string,
  side: { id?: string; name?: string },
): { change: Change; id: string } {
  const b = new ChangeBuilder(article);
  let sideId = side.id;
  if (!sideId) {
    const sideName = (side.name ?? name).trim();
    sideId = freshId(article, 'side', sideName);
    b.add('sides', { id: sideId, name: sideName });
  }
  const id = freshId(b.article, 'actor', name);
  b.add('actors', { id, name: name.trim(), sideId });
  return { change: b.done(`Add actor “${name.trim()}”`), id };
}
