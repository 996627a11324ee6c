import type { Paragraph } from '../article/body-schema';
import type { Actor, Side, TimelineEvent } from '../article/event-schema';
import type { FuzzyDate } from '../article/fuzzy-date-schema';
import type { Quote } from '../article/quote-schema';
import type { Attribution } from '../article/sourcing-schema';
import { findDates, type DatePhrase } from './find-dates';
import { findQuotes } from './find-quotes';
import { findSentences } from './find-sentences';
import { guessActor, guessKind } from './guess-event';
import type { IdMaker } from './make-id';
import { makeRange, overlaps } from './text-range';

export type Timeline = { sides: Side[]; actors: Actor[]; events: TimelineEvent[] };

const NOT_STATED: FuzzyDate = {
  text: 'not stated',
  precision: 'unknown',
  basis: 'inferred',
  reasoning: 'The sentence says only how long it holds, not when it began.',
};

function summaryOf(kind: string, when: FuzzyDate, sentence: string): string {
  const words = sentence
    .replace(/[“”"‘’[\]]/g, '')
    .split(/\s+/)
    .filter(Boolean);
  const gist = words.slice(0, 12).join(' ') + (words.length > 12 ? ' …' : '');
  return `Draft ${kind} (${when.text}): ${gist}`;
}

/** Candidate timeline events: one per date phrase in a paragraph's sentence, for an editor to keep or drop. */
export function buildEvents(
  paragraphs: Paragraph[],
  attributions: Attribution[],
  quotes: Quote[],
  makeId: IdMaker,
  skip: Map<string, number> = new Map(), // a block's opening characters that are no event (a dateline)
): Timeline {
  const timeline: Timeline = { sides: [], actors: [], events: [] };
  const actorIds = new Map<string, string>();
  const actorFor = (name: string | undefined): string => {
    const key = name ?? 'Unknown';
    const known = actorIds.get(key);
    if (known) return known;
    const side: Side = { id: makeId('side', key), name: key };
    const actor: Actor = { id: makeId('actor', key), name: name ?? 'Unknown actor', sideId: side.id };
    timeline.sides.push(side);
    timeline.actors.push(actor);
    actorIds.set(key, actor.id);
    return actor.id;
  };

  for (const block of paragraphs) {
    const text = block.text;
    const from = skip.get(block.id) ?? 0;
    const spans = findQuotes(text);
    // A date that is all a quotation says ("next year", in quotation marks) is a mention, not a use.
    const dates = findDates(text).filter(
      (d) => d.start >= from && !spans.some((q) => q.start === d.start && q.end === d.end),
    );
    for (const found of findSentences(text, spans)) {
      const sentence = { start: Math.max(found.start, from), end: found.end };
      const inside = dates.filter((d) => d.start >= sentence.start && d.end <= sentence.end);
      const points = inside.filter((d) => d.role !== 'until');
      const until = inside.find((d) => d.role === 'until');
      const whens: (DatePhrase | undefined)[] = points.length > 0 ? points : until ? [undefined] : [];
      whens.forEach((point, index) => {
        const anchor = point ?? until;
        if (!anchor) return;
        const words = text.slice(sentence.start, sentence.end);
        const local = { start: anchor.start - sentence.start, end: anchor.end - sentence.start };
        const kind = guessKind(words, local);
        const when = point?.date ?? NOT_STATED;
        timeline.events.push({
          id: makeId('e', `${kind} ${when.text === 'not stated' ? words : when.text}`),
          kind,
          summary: summaryOf(kind, when, words),
          wording: makeRange(block.id, text, sentence.start, sentence.end),
          actorIds: [actorFor(guessActor(words, local, text))],
          when,
          ...(until && index === 0 ? { until: until.date } : {}),
          afterIds: [],
          evidence: {
            attributionIds: attributions
              .filter((a) => a.range.blockId === block.id && overlaps(a.range, anchor))
              .map((a) => a.id),
            quoteIds: quotes
              .filter((q) => q.parts.some((p) => p.blockId === block.id && overlaps(p, anchor)))
              .map((q) => q.id),
          },
          draft: true,
        });
      });
    }
  }
  return timeline;
}
