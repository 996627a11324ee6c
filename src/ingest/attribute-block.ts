import type { Paragraph } from '../article/body-schema';
import type { Attribution, RelayLink, Source } from '../article/sourcing-schema';
import { findAnonymityReason, findChannel } from './find-context';
import { findCues, isBeliefVerb, type Cue } from './find-cues';
import { findDates } from './find-dates';
import { findHedges, type Hedge } from './find-hedges';
import { findQuotes, type QuoteSpan } from './find-quotes';
import { findSentences } from './find-sentences';
import { joinUtterances, type Utterance } from './join-utterances';
import { isOrganizationName } from './source-phrases';
import type { SourceRegistry } from './source-registry';
import { makeRange, trimSpan, type Span } from './text-range';
import { buildQuotes } from './build-quotes';
import type { IngestState } from './ingest-state';

type Credit = { source: Source; chain: Source[]; cue?: Cue; inference?: boolean };

function usableCue(cue: Cue, publisher: string): boolean {
  if (!isBeliefVerb(cue.verb)) return true;
  return !isOrganizationName(cue.source) && cue.source !== publisher;
}

/** Who a cue credits, and the relay chain from the original speaker to the publication. */
function creditFor(text: string, cue: Cue, registry: SourceRegistry): Credit {
  const publication = registry.publication();
  const phrase = cue.source.trim();
  if (phrase === publication.name && /learned/.test(cue.verb))
    return { source: publication, chain: [publication], cue };
  if (phrase === publication.name && /reported/.test(cue.verb)) {
    const date = findDates(text.slice(cue.start, cue.end))[0]?.date.text;
    const report = registry.earlierReport(date);
    return { source: report, chain: [report, publication], cue };
  }
  const source = registry.resolve(phrase);
  if (cue.form === 'inference') {
    const reporter = registry.reporter();
    return { source: reporter, chain: [source, reporter, publication], cue, inference: true };
  }
  return { source, chain: source.id === publication.id ? [publication] : [source, publication], cue };
}

function chainLinks(chain: Source[]): RelayLink[] {
  return chain.map((source) => ({
    sourceId: source.id,
    ...(source.channel ? { channel: source.channel } : {}),
    ...(source.contacted ? { when: source.contacted } : {}),
  }));
}

/** Splits "X said that “…” and that “…”" where a later statement carries its own hedge. */
function segments(text: string, range: Span, quotes: QuoteSpan[], splitter: RegExp): Span[] {
  const cuts: number[] = [];
  for (const match of text.slice(range.start, range.end).matchAll(splitter)) {
    const at = range.start + match.index;
    if (!quotes.some((q) => at > q.open && at < (q.close ?? q.end))) cuts.push(at);
  }
  if (cuts.length === 0) return [range];
  const pieces: Span[] = [];
  let start = range.start;
  for (const cut of cuts) {
    pieces.push({ start, end: cut });
    start = cut;
  }
  pieces.push({ start, end: range.end });
  const hedged = pieces.map((p) => findHedges(text, p.start, p.end).length > 0);
  if (!hedged.slice(1).some(Boolean)) return [range];
  return pieces.map((p) => {
    const lead = /^[\s,;]*/.exec(text.slice(p.start, p.end))?.[0].length ?? 0;
    const [start, end] = trimSpan(text, p.start + lead, p.end);
    return { start, end: /[,;]$/.test(text.slice(start, end)) ? end - 1 : end };
  });
}

function certaintyOf(hedges: Hedge[], credit: Credit): Attribution['certainty'] {
  if (credit.inference) return 'inferred';
  if (hedges.length === 0) return 'stated';
  if (!credit.cue && hedges.some((h) => h.reading === 'inferred')) return 'inferred';
  return 'hedged';
}

function addAttribution(block: Paragraph, span: Span, credit: Credit, state: IngestState): Attribution {
  const text = block.text;
  const hedges = findHedges(text, span.start, span.end);
  const inferenceHedge =
    credit.cue && credit.inference
      ? [{ start: credit.cue.end - credit.cue.verb.length, end: credit.cue.end }]
      : [];
  const hedgeSpans = credit.inference ? inferenceHedge : hedges;
  const words = text.slice(span.start, span.end).replace(/[“”"‘’[\]]/g, '');
  const attribution: Attribution = {
    id: state.makeId('a', words),
    range: makeRange(block.id, text, span.start, span.end),
    sourceId: credit.source.id,
    ...(credit.cue ? { cue: makeRange(block.id, text, credit.cue.start, credit.cue.end) } : {}),
    chain: chainLinks(credit.chain),
    certainty: certaintyOf(hedges, credit),
    hedges: hedgeSpans.map((h) => makeRange(block.id, text, h.start, h.end)),
    draft: true,
  };
  state.attributions.push(attribution);
  return attribution;
}

/** The sentence's facts about the source: channel, date of contact, reason for anonymity. */
function noteSourceContext(sentence: string, cueStart: number, source: Source): void {
  const channel = findChannel(sentence);
  if (channel && !source.channel && source.kind !== 'publication') {
    source.channel = channel;
    const contacted = findDates(sentence.slice(0, cueStart)).find((d) => d.role === 'point');
    if (contacted) source.contacted = contacted.date;
  }
  const reason = findAnonymityReason(sentence);
  if (reason && source.anonymity.anonymous && !source.anonymity.reason) source.anonymity.reason = reason;
}

function firstStart(utterance: Utterance): number {
  return utterance.spans[0]?.open ?? 0;
}

/** Finds the attributions and quotations of one paragraph. */
export function attributeBlock(block: Paragraph, state: IngestState): void {
  const text = block.text;
  const quotes = findQuotes(text);
  const sentences = findSentences(text, quotes);
  const publisher = state.registry.publication().name;
  const cues = findCues(text, quotes).filter((cue) => usableCue(cue, publisher));
  const utterances = joinUtterances(text, quotes, cues);
  const speakers = new Map<Utterance, { source: Source; attribution: Attribution }>();
  const covered: Span[] = [];

  for (const sentence of sentences) {
    const cue = cues.find((c) => c.start >= sentence.start && c.start < sentence.end);
    if (!cue) continue;
    const credit = creditFor(text, cue, state.registry);
    noteSourceContext(text.slice(sentence.start, sentence.end), cue.start - sentence.start, credit.source);
    const carried = utterances.filter(
      (u) => u.bridge === cue || (firstStart(u) >= sentence.start && firstStart(u) < sentence.end),
    );
    const ends = carried.flatMap((u) => u.spans.map((s) => (s.close ?? s.end - 1) + 1));
    const [start, end] = trimSpan(text, sentence.start, Math.max(sentence.end, ...ends));
    for (const piece of segments(text, { start, end }, quotes, / and that /g)) {
      const attribution = addAttribution(block, piece, credit, state);
      for (const u of carried)
        if (firstStart(u) >= piece.start && firstStart(u) < piece.end)
          speakers.set(u, { source: credit.source, attribution });
    }
    covered.push({ start, end });
    if (!credit.inference && credit.source.kind !== 'publication') state.lastSpeaker = credit.source;
  }

  for (const sentence of sentences) {
    if (covered.some((c) => sentence.start < c.end && c.start < sentence.end)) continue;
    const quoted = utterances.filter((u) => firstStart(u) >= sentence.start && firstStart(u) < sentence.end);
    const continuing = quotes.some((q) => q.open >= sentence.start && q.open < sentence.end);
    if (quoted.length > 0 || continuing) {
      const source = state.lastSpeaker ?? state.registry.unidentified();
      const publication = state.registry.publication();
      const attribution = addAttribution(block, sentence, { source, chain: [source, publication] }, state);
      for (const u of quoted) speakers.set(u, { source, attribution });
      continue;
    }
    for (const piece of segments(text, sentence, quotes, /, but /g)) {
      const hedges = findHedges(text, piece.start, piece.end);
      const publication = state.registry.publication();
      const credit: Credit = hedges.some((h) => h.reading === 'inferred')
        ? { source: state.registry.reporter(), chain: [state.registry.reporter(), publication] }
        : { source: publication, chain: [publication] };
      addAttribution(block, piece, credit, state);
    }
  }

  buildQuotes(block, utterances, speakers, state);
}
