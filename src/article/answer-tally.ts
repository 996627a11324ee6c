import type { EventKind } from './event-schema';

/** Kinds of answer that say no: told first, and drawn as refusals. */
const REFUSALS: readonly EventKind[] = ['rejection', 'objection'];

/** One answer: the sides that gave it, the sides whose event it answers, and its kind. */
export type AnswerPair = { answering: string[]; asked: string[]; kind: EventKind };

export type AnswerTally = {
  answering: string[];
  asked: string[];
  total: number;
  /** How many answers of each kind, refusals first, then the most frequent. */
  kinds: { kind: EventKind; count: number; refusal: boolean }[];
};

/**
 * Who answered whom, and how: one tally per pair of sides, the pair with most answers first
 * ("China answered North Korea 4 times: 2 objections, 1 rejection, …"). What a reader should
 * see before reading a single event: the pattern of asking and refusing.
 */
export function tallyAnswers(pairs: readonly AnswerPair[]): AnswerTally[] {
  const tallies = new Map<string, { answering: string[]; asked: string[]; counts: Map<EventKind, number> }>();
  for (const { answering, asked, kind } of pairs) {
    const key = JSON.stringify([answering, asked]);
    let tally = tallies.get(key);
    if (!tally) {
      tally = { answering, asked, counts: new Map() };
      tallies.set(key, tally);
    }
    tally.counts.set(kind, (tally.counts.get(kind) ?? 0) + 1);
  }
  return [...tallies.values()]
    .map(({ answering, asked, counts }) => ({
      answering,
      asked,
      total: [...counts.values()].reduce((sum, count) => sum + count, 0),
      kinds: [...counts]
        .map(([kind, count]) => ({ kind, count, refusal: REFUSALS.includes(kind) }))
        .sort((a, b) => Number(b.refusal) - Number(a.refusal) || b.count - a.count),
    }))
    .sort((a, b) => b.total - a.total);
}
