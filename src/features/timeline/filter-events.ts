import type { EventKind, TimelineEvent } from '../../article/event-schema';

/** What the reader has turned off; empty sets show everything. */
export type EventFilter = {
  hiddenSides: ReadonlySet<string>;
  hiddenKinds: ReadonlySet<EventKind>;
  /** Show only events with this actor; empty for every actor. */
  actorId: string;
};

export const NO_FILTER: EventFilter = { hiddenSides: new Set(), hiddenKinds: new Set(), actorId: '' };

export function isFiltered(filter: EventFilter): boolean {
  return filter.hiddenSides.size > 0 || filter.hiddenKinds.size > 0 || filter.actorId !== '';
}

/** An event shows when one of its sides is on, its kind is on, and it has the chosen actor. */
export function filterEvents(
  events: readonly TimelineEvent[],
  sidesOf: ReadonlyMap<string, readonly string[]>,
  filter: EventFilter,
): TimelineEvent[] {
  return events.filter(
    (event) =>
      (sidesOf.get(event.id) ?? []).some((side) => !filter.hiddenSides.has(side)) &&
      !filter.hiddenKinds.has(event.kind) &&
      (filter.actorId === '' || event.actorIds.includes(filter.actorId)),
  );
}

/** A copy of a set with one member switched on or off. */
export function toggled<T>(set: ReadonlySet<T>, item: T): Set<T> {
  const next = new Set(set);
  if (!next.delete(item)) next.add(item);
  return next;
}
