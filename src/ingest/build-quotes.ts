import type { Paragraph } from '../article/body-schema';
import type { Quote } from '../article/quote-schema';
import type { Attribution, Source } from '../article/sourcing-schema';
import type { IngestState } from './ingest-state';
import { findCues } from './find-cues';
import { findInsertions, type QuoteSpan } from './find-quotes';
import type { Utterance } from './join-utterances';
import { makeRange } from './text-range';

type Speaker = { source: Source; attribution: Attribution; relay?: Source };

function within(span: QuoteSpan, [start, end]: [number, number]): boolean {
  return start >= span.start && end <= span.end;
}

/** A quotation inside a quotation: its speaker is named inside the outer one ("China complained that …"). */
function nestedQuote(block: Paragraph, outer: Quote, span: QuoteSpan, state: IngestState): Quote {
  const before = block.text.slice(outer.parts.at(-1)?.start ?? 0, span.open);
  const cue = findCues(before, []).at(-1);
  const speaker = cue ? state.registry.resolve(cue.source) : undefined;
  const relayed = speaker && speaker.id !== outer.speakerId;
  return {
    id: state.makeId('q', block.text.slice(span.start, span.end)),
    parts: [makeRange(block.id, block.text, span.start, span.end)],
    speakerId: relayed ? speaker.id : outer.speakerId,
    ...(relayed ? { relayedById: outer.speakerId } : {}),
    ...(outer.attributionId ? { attributionId: outer.attributionId } : {}),
    parentId: outer.id,
    insertions: [],
    noteIds: [],
    draft: true,
  };
}

function addSpan(block: Paragraph, quote: Quote, span: QuoteSpan, state: IngestState): void {
  quote.parts.push(makeRange(block.id, block.text, span.start, span.end));
  const nested = span.nested.map((inner) => nestedQuote(block, quote, inner, state));
  for (const insertion of findInsertions(block.text, span.start, span.end)) {
    const index = span.nested.findIndex((inner) => within(inner, insertion));
    const owner = nested[index] ?? quote;
    owner.insertions.push(makeRange(block.id, block.text, insertion[0], insertion[1]));
  }
  state.quotes.push(...nested);
}

/** Turns a paragraph's utterances into quotations, continuing one left open in the paragraph before. */
export function buildQuotes(
  block: Paragraph,
  utterances: Utterance[],
  speakers: Map<Utterance, Speaker>,
  state: IngestState,
): void {
  const leading = block.text.length - block.text.trimStart().length;
  utterances.forEach((utterance, index) => {
    const open = state.openQuote;
    const continues = index === 0 && open !== undefined && utterance.spans[0]?.open === leading;
    let quote: Quote;
    if (continues) {
      quote = open;
    } else {
      const speaker = speakers.get(utterance);
      const source = speaker?.source ?? state.registry.unidentified();
      const review = speaker
        ? speaker.attribution.review
        : { confidence: 0.2, reason: 'Speaker not identified.' };
      const first = utterance.spans[0];
      quote = {
        id: state.makeId('q', first ? block.text.slice(first.start, first.end) : 'quote'),
        parts: [],
        speakerId: source.id,
        ...(speaker?.relay ? { relayedById: speaker.relay.id } : {}),
        ...(speaker ? { attributionId: speaker.attribution.id } : {}),
        insertions: [],
        noteIds: [],
        draft: true,
        ...(review ? { review } : {}),
      };
      state.quotes.push(quote);
    }
    for (const span of utterance.spans) addSpan(block, quote, span, state);
    state.openQuote = utterance.spans.at(-1)?.close === null ? quote : undefined;
  });
  if (utterances.length === 0) state.openQuote = undefined;
}
