import type { Paragraph } from '../article/body-schema';
import type { Attribution, RelayLink, Source } from '../article/sourcing-schema';
import { findAnonymityReason, findChannel } from './find-context';
import type { Cue } from './cue';
import { findCues, isBeliefVerb } from './find-cues';
import { findDates } from './find-dates';
import { findHedges, type Hedge } from './find-hedges';
import { findQuotes, type QuoteSpan } from './find-quotes';
import { findSentences } from './find-sentences';
import { joinUtterances, type Utterance } from './join-utterances';
import { findInterviewee, qaTurn, type QaTurn } from './find-interviewee';
import { NOT_NAME_WORDS, isOrganizationName } from './source-phrases';
import type { SourceRegistry } from './source-registry';
import { makeRange, trimSpan, type Span } from './text-range';
import { buildQuotes } from './build-quotes';
import type { IngestState } from './ingest-state';

type Review = NonNullable<Attribution['review']>;
type Credit = {
  source: Source;
  chain: Source[];
  cue?: Cue;
  inference?: boolean;
  relay?: Source;
  review?: Review;
};

const NOT_IDENTIFIED: Review = {
  confidence: 0.2,
  reason: 'Speaker not identified: no one is named with a verb of saying in this sentence.',
};
const CARRIED: Review = {
  confidence: 0.7,
  reason: 'No cue in this paragraph: credited to the speaker of the paragraph before.',
};

function usableCue(cue: Cue, publisher: string): boolean {
  if (!isBeliefVerb(cue.verb)) return true;
  return !isOrganizationName(cue.source) && cue.source !== publisher;
}

const FULL_NAME = new RegExp(
  String.raw`(?<![\p{L}’'])\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){1,4}`,
  'gu',
);

/**
 * "Mayor Elaine Brooks … appeared to welcome the result. “…,” she said": "she" is the person the
 * paragraph last names outside quotation marks, even one who did not speak before.
 */
function lastNamedPerson(before: string): string | undefined {
  const plain = before.replace(/[“"「][^”"」]*[”"」]?/g, ' ');
  const names = [...plain.matchAll(FULL_NAME)]
    .map((m) =>
      m[0]
        .split(/\s+/)
        .filter((w) => !NOT_NAME_WORDS.has(w.toLowerCase()))
        .join(' '),
    )
    .filter((name) => name.includes(' ') && !isOrganizationName(name));
  return names.at(-1);
}

/** The source a cue names; an appositive name or description is recorded with it. */
function sourceOf(cue: Cue, registry: SourceRegistry, before = ''): Source {
  if (/^(?:he|she)$/.test(cue.source.trim())) {
    const named = lastNamedPerson(before);
    if (named) return registry.resolve(named);
  }
  const appositive = cue.appositive?.trim();
  if (appositive && /^\p{Lu}/u.test(appositive) && !/^(?:A|An|The)\s/.test(appositive)) {
    const source = registry.resolve(appositive); // "The operator, Harbourline Group, said"
    registry.describe(source, cue.source);
    return source;
  }
  const source = registry.resolve(cue.source.trim());
  if (appositive && /^(?:a|an|the)\s/i.test(appositive) && source.kind !== 'publication')
    registry.describe(source, appositive.split(/\s+who\s|,/)[0] ?? appositive); // "…, a port employee who …,"
  return source;
}

/** Who a cue credits, and the relay chain from the original speaker to the publication. */
function creditFor(text: string, cue: Cue, registry: SourceRegistry): Credit {
  const publication = registry.publication();
  const phrase = cue.source.trim();
  if (phrase === publication.name && /learned/.test(cue.verb))
    return { source: publication, chain: [publication], cue };
  if (/report/.test(cue.verb) && (phrase === publication.name || isOrganizationName(phrase))) {
    // "Hanbit News reported on Feb. 20": an earlier report, the publication's own or another outlet's
    const date = findDates(text.slice(cue.start, cue.end))[0]?.date.text;
    const report = registry.earlierReport(date, phrase);
    return { source: report, chain: [report, publication], cue };
  }
  const source = sourceOf(cue, registry, text.slice(0, cue.start));
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
    ...(credit.review ? { review: credit.review } : {}),
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

  const leading = text.length - text.trimStart().length;
  const runsOnFrom = state.openQuote && quotes[0]?.open === leading ? state.openQuote : undefined;
  const turn = qaTurn(text);
  if (turn) {
    answerOrQuestion(block, turn, utterances, state);
    return;
  }

  for (const sentence of sentences) {
    const cue = cues.find((c) => c.start >= sentence.start && c.start < sentence.end);
    if (!cue) continue;
    const credit = relayedCredit(text, cue, cues, state.registry) ?? creditFor(text, cue, state.registry);
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
          speakers.set(u, {
            source: credit.source,
            attribution,
            ...(credit.relay ? { relay: credit.relay } : {}),
          });
    }
    covered.push({ start, end });
    if (!credit.inference && credit.source.kind !== 'publication') {
      state.lastSpeaker = credit.source;
      state.speakerAge = 0;
    }
  }

  for (const sentence of sentences) {
    if (covered.some((c) => sentence.start < c.end && c.start < sentence.end)) continue;
    const quoted = utterances.filter((u) => firstStart(u) >= sentence.start && firstStart(u) < sentence.end);
    const continuing = quotes.some((q) => q.open >= sentence.start && q.open < sentence.end);
    if (quoted.length > 0 || continuing) {
      // Only a paragraph that opens with the rest of a quotation left open before runs on.
      const runsOn = runsOnFrom !== undefined && sentence.start === sentences[0]?.start;
      const credit = uncuedCredit(text, sentence, quotes, state, runsOn);
      const attribution = addAttribution(block, sentence, credit, state);
      for (const u of quoted) speakers.set(u, { source: credit.source, attribution });
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
  state.previousText = text;
  state.speakerAge = (state.speakerAge ?? 0) + 1;
}

/**
 * "According to one of the people, the negotiators complained that …": the second cue's source
 * spoke, the first passed it on.
 */
function relayedCredit(text: string, cue: Cue, cues: Cue[], registry: SourceRegistry): Credit | undefined {
  if (cue.form !== 'according-to') return undefined;
  const inner = cues.find((c) => c.start > cue.end && /^\s*,\s*$/.test(text.slice(cue.end, c.start)));
  if (!inner || inner.form === 'according-to') return undefined;
  const relay = sourceOf(cue, registry);
  const speaker = sourceOf(inner, registry);
  if (relay.id === speaker.id) return undefined;
  return { source: speaker, chain: [speaker, relay, registry.publication()], cue, relay };
}

/** Words outside quotation marks, counted: a bare quotation has none or a few ("he added"). */
function wordsOutside(text: string, span: Span, quotes: QuoteSpan[]): number {
  let rest = text.slice(span.start, span.end);
  for (const q of [...quotes].reverse())
    if (q.open >= span.start && q.open < span.end)
      rest = rest.slice(0, q.open - span.start) + rest.slice((q.close ?? q.end - 1) + 1 - span.start);
  return rest.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length;
}

/**
 * A quotation no cue credits. A bare quotation right after its speaker's paragraph is theirs (as
 * is the rest of a quotation running on); otherwise a wrong name is worse than none.
 */
function uncuedCredit(
  text: string,
  sentence: Span,
  quotes: QuoteSpan[],
  state: IngestState,
  runsOn: boolean,
): Credit {
  const publication = state.registry.publication();
  const last = state.lastSpeaker;
  const age = state.speakerAge ?? Infinity;
  if (last && (runsOn || (age <= 1 && wordsOutside(text, sentence, quotes) <= 3)))
    return { source: last, chain: [last, publication], ...(age >= 1 && !runsOn ? { review: CARRIED } : {}) };
  const unknown = state.registry.unidentified();
  return { source: unknown, chain: [unknown, publication], review: NOT_IDENTIFIED };
}

/** A Q&A turn: the question is the publication's, the answer (and any quotation in it) the interviewee's. */
function answerOrQuestion(block: Paragraph, turn: QaTurn, utterances: Utterance[], state: IngestState): void {
  const text = block.text;
  const publication = state.registry.publication();
  const [start, end] = trimSpan(text, turn.label, text.length);
  const speakers = new Map<Utterance, { source: Source; attribution: Attribution }>();
  if (turn.role === 'question') {
    if (!state.interviewee) {
      const named = findInterviewee(state.previousText ?? '', lastNamedPerson);
      state.interviewee = named ? state.registry.resolve(named) : undefined;
    }
    addAttribution(block, { start, end }, { source: publication, chain: [publication] }, state);
  } else {
    const source = state.interviewee ?? state.registry.unidentified();
    const credit: Credit = {
      source,
      chain: [source, publication],
      ...(state.interviewee
        ? {}
        : {
            review: {
              confidence: 0.2,
              reason: 'An answer in a Q&A whose interviewee the text does not name.',
            },
          }),
    };
    const cue = {
      start: 0,
      end: text.slice(0, turn.label).trimEnd().length,
      source: '',
      sourceStart: 0,
      verb: '',
      form: 'source-verb' as const,
    };
    const attribution = addAttribution(block, { start, end }, { ...credit, cue }, state);
    for (const u of utterances) speakers.set(u, { source, attribution });
  }
  buildQuotes(block, utterances, speakers, state);
  state.previousText = text;
}
