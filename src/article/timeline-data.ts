import { isolateDirection } from './isolate-direction';
import { formatFuzzyDate } from './format-fuzzy-date';
import type { Actor, Side, TimelineEvent } from './event-schema';
import type { PreparedArticle } from './prepare-article';
import { KIND_LABELS } from './event-kind-labels';
import { orderedEvents } from './order-events';

/** What the timeline needs, worked out once per article. */
export type TimelineData = {
  events: TimelineEvent[];
  /** The sides that have events, in the article's order: the lanes, left to right. */
  lanes: Side[];
  actorsById: Map<string, Actor>;
  /** The side ids of each event's actors, in lane order. */
  sidesOf: Map<string, string[]>;
  /** The events that answer each event, in timeline order. */
  answeredBy: Map<string, TimelineEvent[]>;
};

const computed = new WeakMap<PreparedArticle, TimelineData>();

/** Worked out once per article: the rail's timeline and the negotiation view share it. */
export function timelineData(prepared: PreparedArticle): TimelineData {
  let data = computed.get(prepared);
  if (!data) {
    data = computeTimelineData(prepared);
    computed.set(prepared, data);
  }
  return data;
}

function computeTimelineData(prepared: PreparedArticle): TimelineData {
  const { article } = prepared;
  const events = orderedEvents(article);
  const actorsById = new Map(article.actors.map((actor) => [actor.id, actor]));
  const laneOrder = article.sides.map((side) => side.id);
  const sidesOf = new Map(
    events.map((event) => {
      const sides = new Set(event.actorIds.map((id) => actorsById.get(id)?.sideId));
      return [event.id, laneOrder.filter((id) => sides.has(id))];
    }),
  );
  const used = new Set([...sidesOf.values()].flat());
  const answeredBy = new Map<string, TimelineEvent[]>();
  for (const event of events) {
    if (!event.answersId) continue;
    answeredBy.set(event.answersId, [...(answeredBy.get(event.answersId) ?? []), event]);
  }
  return {
    events,
    lanes: article.sides.filter((side) => used.has(side.id)),
    actorsById,
    sidesOf,
    answeredBy,
  };
}

function possessive(name: string): string {
  const isolated = isolateDirection(name);
  return name.endsWith('s') ? `${isolated}’` : `${isolated}’s`;
}

const DATED = new Set(['day', 'weekday', 'part-of-month', 'month', 'year']);

/**
 * An event named the way a reader would refer back to it: "North Korea’s proposal of early
 * November 2020"; without a usable date, "China’s objection".
 */
export function eventName(event: TimelineEvent, data: TimelineData): string {
  const sideId = data.sidesOf.get(event.id)?.[0];
  const side = data.lanes.find((s) => s.id === sideId);
  const kind = KIND_LABELS[event.kind].toLowerCase();
  const who = side ? `${possessive(side.name)} ${kind}` : `The ${kind}`;
  return DATED.has(event.when.precision) ? `${who} of ${formatFuzzyDate(event.when)}` : who;
}
