import type { EventKind } from '../../article/event-schema';
import type { NegotiationLayout } from './negotiation-layout';

/** Kinds of answer that say no: listed first, and drawn as refusals (connector-pieces.tsx). */
const REFUSALS: readonly EventKind[] = ['rejection', 'objection'];

export type AnswerTally = {
  /** The sides that answered, and those they answered (a joint event has several). */
  answering: string[];
  asked: string[];
  total: number;
  /** How many answers of each kind, refusals first, then the most frequent. */
  kinds: { kind: EventKind; count: number; refusal: boolean }[];
};

/**
 * Who answered whom, and how, from the answers drawn: one tally per pair of sides, the pair with
 * most answers first ("China answered North Korea 4 times: 2 objections, 1 rejection, …"). What
 * a reader should see before reading a single row: the pattern of asking and refusing.
 */
export function answerDigest(layout: NegotiationLayout): AnswerTally[] {
  const sidesOf = (line: number) => {
    const at = layout.lines[line];
    return at?.type === 'event' ? at.columns.flatMap((c) => layout.columns[c]?.side.name ?? []) : [];
  };
  const tallies = new Map<string, AnswerTally & { counts: Map<EventKind, number> }>();
  for (const connector of layout.connectors) {
    const answering = sidesOf(connector.toLine);
    const asked = sidesOf(connector.fromLine);
    const key = JSON.stringify([answering, asked]);
    let tally = tallies.get(key);
    if (!tally) {
      tally = { answering, asked, total: 0, kinds: [], counts: new Map() };
      tallies.set(key, tally);
    }
    tally.total += 1;
    tally.counts.set(connector.kind, (tally.counts.get(connector.kind) ?? 0) + 1);
  }
  return [...tallies.values()]
    .map(({ counts, ...tally }) => ({
      ...tally,
      kinds: [...counts]
        .map(([kind, count]) => ({ kind, count, refusal: REFUSALS.includes(kind) }))
        .sort((a, b) => Number(b.refusal) - Number(a.refusal) || b.count - a.count),
    }))
    .sort((a, b) => b.total - a.total);
}
