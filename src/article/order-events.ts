import type { Article } from './article-schema';
import type { Block } from './body-schema';
import type { FuzzyDate } from './fuzzy-date-schema';
import type { TimelineEvent } from './event-schema';

/** Finer first: among events with the same interval, the one the text pins down better leads. */
const PRECISION_RANK: Record<FuzzyDate['precision'], number> = {
  day: 0,
  weekday: 1,
  'part-of-month': 2,
  month: 3,
  year: 4,
  'open-bound': 5,
  unknown: 6,
};

type Key = { earliest: string; latest: string; precision: number; block: number; offset: number };

// ISO days compare as strings, so an open start is '' (before every day) and an open end '~'.
const OPEN_START = '';
const OPEN_END = '~';

/** The events each event must follow: those it names in `afterIds` and the one it answers. */
function predecessorsOf(event: TimelineEvent, known: ReadonlySet<string>): string[] {
  const ids = event.answersId ? [...event.afterIds, event.answersId] : event.afterIds;
  return [...new Set(ids)].filter((id) => id !== event.id && known.has(id));
}

/** Own bounds, narrowed along the constraints until nothing changes (at most n rounds). */
function narrowedBounds(events: readonly TimelineEvent[], before: Map<string, string[]>) {
  const bounds = new Map(
    events.map((e) => [e.id, { earliest: e.when.earliest ?? OPEN_START, latest: e.when.latest ?? OPEN_END }]),
  );
  for (let round = 0; round < events.length; round++) {
    let changed = false;
    for (const event of events) {
      const own = bounds.get(event.id);
      for (const id of before.get(event.id) ?? []) {
        const earlier = bounds.get(id);
        if (!own || !earlier) continue;
        // What comes after starts no sooner than what it follows; what comes before ends no later.
        if (earlier.earliest > own.earliest) {
          own.earliest = earlier.earliest;
          changed = true;
        }
        if (own.latest < earlier.latest) {
          earlier.latest = own.latest;
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
  return bounds;
}

function compareKeys(a: Key, b: Key): number {
  if (a.latest !== b.latest) return a.latest < b.latest ? -1 : 1;
  if (a.earliest !== b.earliest) return a.earliest < b.earliest ? -1 : 1;
  return a.precision - b.precision || a.block - b.block || a.offset - b.offset;
}

/**
 * Puts events in the order the data supports, the same order every time:
 *
 * 1. **Constraints first.** An event never precedes one it names in `afterIds` or the one it
 *    answers (`answersId`). Each event's interval is narrowed along these constraints: it starts
 *    no sooner than what it follows and ends no later than what follows it.
 * 2. **Then the interval.** Among events free to go next, the one that must have happened
 *    soonest leads: the earlier `latest` bound, then the earlier `earliest` bound. An open bound
 *    sorts after every date: an open end because it may run on, an open start because an event
 *    we cannot date should not jump ahead of those we can.
 * 3. **Then precision**, finer first (day, weekday, part of month, month, year, open bound,
 *    unknown).
 * 4. **Then the text**: where the article's own wording for it appears (block order in the
 *    body, then offset), so undated events keep the order in which the article tells them.
 *
 * Whether a date is stated or inferred does not move it. Should the constraints form a circle
 * (the schema forbids it), the remaining event with the earliest key goes next, so every event
 * is still placed.
 */
export function orderEvents(events: readonly TimelineEvent[], body: readonly Block[]): TimelineEvent[] {
  return orderWith(events, body, constraintsOf(events));
}

type Constraints = { before: Map<string, string[]>; bounds: ReturnType<typeof narrowedBounds> };

function constraintsOf(events: readonly TimelineEvent[]): Constraints {
  const known = new Set(events.map((e) => e.id));
  const before = new Map(events.map((e) => [e.id, predecessorsOf(e, known)]));
  return { before, bounds: narrowedBounds(events, before) };
}

// The narrowing is the costly part (a round per link of the longest chain): the order and the
// intervals of one article share it.
const constraints = new WeakMap<Article, Constraints>();

function articleConstraints(article: Article): Constraints {
  let found = constraints.get(article);
  if (!found) {
    found = constraintsOf(article.events);
    constraints.set(article, found);
  }
  return found;
}

function orderWith(
  events: readonly TimelineEvent[],
  body: readonly Block[],
  { before, bounds }: Constraints,
): TimelineEvent[] {
  const blockIndex = new Map(body.map((block, index) => [block.id, index]));
  const keys = new Map(
    events.map((e): [string, Key] => {
      const { earliest, latest } = bounds.get(e.id) ?? { earliest: OPEN_START, latest: OPEN_END };
      const key = {
        // For sorting, an open start goes after every day: an event we cannot date does not
        // jump ahead of those we can.
        earliest: earliest === OPEN_START ? OPEN_END : earliest,
        latest,
        precision: PRECISION_RANK[e.when.precision],
        block: blockIndex.get(e.wording.blockId) ?? body.length,
        offset: e.wording.start,
      };
      return [e.id, key];
    }),
  );
  const byKey = (a: TimelineEvent, b: TimelineEvent) => {
    const keyA = keys.get(a.id);
    const keyB = keys.get(b.id);
    return keyA && keyB ? compareKeys(keyA, keyB) : 0;
  };

  const remaining = [...events].sort(byKey);
  const placed = new Set<string>();
  const ordered: TimelineEvent[] = [];
  while (remaining.length > 0) {
    const free = remaining.findIndex((e) => (before.get(e.id) ?? []).every((id) => placed.has(id)));
    const [next] = remaining.splice(Math.max(free, 0), 1);
    if (!next) break;
    placed.add(next.id);
    ordered.push(next);
  }
  return ordered;
}

const ordered = new WeakMap<Article, TimelineEvent[]>();

/**
 * An article's events in order, worked out once: the timeline panel and a card listing several
 * events share it, and neither sorts a thousand events again.
 */
export function orderedEvents(article: Article): TimelineEvent[] {
  let events = ordered.get(article);
  if (!events) {
    events = orderWith(article.events, article.body, articleConstraints(article));
    ordered.set(article, events);
  }
  return events;
}

/** An interval in ISO days; a missing bound is open. */
export type DayInterval = { earliest?: string; latest?: string };

const bounded = new WeakMap<Article, Map<string, DayInterval>>();

/**
 * Each event's interval narrowed along the constraints (decision 004): an undated event that
 * came before a dated one ends no later than it. Worked out once per article.
 */
export function eventIntervals(article: Article): Map<string, DayInterval> {
  let intervals = bounded.get(article);
  if (!intervals) {
    intervals = new Map(
      [...articleConstraints(article).bounds].map(([id, { earliest, latest }]) => [
        id,
        {
          ...(earliest !== OPEN_START && { earliest }),
          ...(latest !== OPEN_END && { latest }),
        },
      ]),
    );
    bounded.set(article, intervals);
  }
  return intervals;
}
