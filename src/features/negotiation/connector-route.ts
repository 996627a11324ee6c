import { isolateDirection } from '../../article/isolate-direction';
import type { EventKind, TimelineEvent } from '../../article/event-schema';
import { eventName, type TimelineData } from '../../article/timeline-data';

type Span = { first: number; last: number };

/**
 * Where an answer's line runs: out of the proposal's card on the side facing the answer, down
 * the gutter beside the answer's column, into the answer's card. A line never crosses a card:
 * each row holds one event, so a row's other columns are empty, and the vertical run keeps to
 * a gutter. An answer in the proposal's own column loops out to the right and back.
 */
export function routeConnector(
  from: Span,
  to: Span,
): { fromColumn: number; toColumn: number; gutter: number } {
  if (to.first > from.last) return { fromColumn: from.last, toColumn: to.first, gutter: to.first };
  if (to.last < from.first) return { fromColumn: from.first, toColumn: to.last, gutter: to.last + 1 };
  const right = Math.max(from.last, to.last);
  return { fromColumn: from.last, toColumn: to.last, gutter: right + 1 };
}

// The answers a negotiation turns on get a verb; any other answer is named by its kind.
const VERBS: Partial<Record<EventKind, string>> = {
  rejection: 'rejects',
  objection: 'objects to',
  agreement: 'agrees to',
};

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The connector in words: "China objects to North Korea’s request." */
export function connectorText(proposal: TimelineEvent, answer: TimelineEvent, data: TimelineData): string {
  const verb = VERBS[answer.kind];
  const side = data.lanes.find((s) => s.id === data.sidesOf.get(answer.id)?.[0]);
  const target = eventName(proposal, data);
  if (verb && side) return `${isolateDirection(side.name)} ${verb} ${target}.`;
  return `${capitalised(eventName(answer, data))} answers ${target}.`;
}
