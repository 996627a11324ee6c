import type { Article } from '../../../src/article/article-schema';
import { blockText } from '../../../src/article/body-schema';
import type { FuzzyDate } from '../../../src/article/fuzzy-date-schema';
import type { Source } from '../../../src/article/sourcing-schema';
import { UNIDENTIFIED } from '../../../src/ingest/source-registry';
import { scoreBoth, scoreMatches, scoreTexts, textsOverlap, type Score } from './ingest-score';

/**
 * What an editor marked by hand in a fixture article (tests/fixtures/ingest/NAME.expected.json).
 * It lists texts, not offsets; every field but quotes, insertions and dates is optional.
 */
export type Expected = {
  quotes: { parts: string[]; speaker: string; relay?: string }[];
  insertions: string[];
  cues?: string[];
  dates: string[];
  sources?: string[];
  passages?: { text: string; source: string }[]; // a sample of attributed passages
  hedges?: string[];
  blocks?: { type: 'figure' | 'end-matter'; text: string }[];
  publisher?: string;
  published?: string;
  authors?: string[];
  language?: string;
};

/** Pseudo-sources that stand for "no source found", not sources an article credits. */
const NOT_CREDITED = new Set<Source['kind']>(['publication', 'reporter']);

export function namesOf(source: Source | undefined): string[] {
  return source ? [source.name, ...source.aliases].map((n) => n.toLowerCase()) : [];
}

function nameAgrees(source: Source | undefined, name: string): boolean {
  return namesOf(source).includes(name.toLowerCase());
}

function nameOverlaps(source: Source | undefined, name: string): boolean {
  return namesOf(source).some((n) => textsOverlap(n, name));
}

/** The date phrases of events (when, until) that occur in the event's block, keyed by block. */
export function datePhrases(
  article: Article,
  blockKey: (id: string) => string,
  counts: (date: FuzzyDate) => boolean = (date) => date.text !== 'not stated',
): string[] {
  const texts = new Map(article.body.map((b) => [b.id, blockText(b)]));
  return article.events.flatMap((event) =>
    [event.when, event.until]
      .filter((d) => d !== undefined && counts(d))
      .filter((d) => texts.get(event.wording.blockId)?.includes(d!.text))
      .map((d) => `${blockKey(event.wording.blockId)}:${d!.text}`),
  );
}

/** Every field of a draft scored against its expected structure. */
export function scoreFixture(draft: Article, expected: Expected): Score[] {
  const byId = new Map(draft.sources.map((s) => [s.id, s]));
  const source = (id: string | undefined) => (id ? byId.get(id) : undefined);
  const joined = (parts: string[]) => parts.join('|');
  const draftParts = (q: Article['quotes'][number]) => q.parts.map((p) => p.text);
  const sameQuote = (d: Article['quotes'][number], e: Expected['quotes'][number]) =>
    joined(draftParts(d)) === joined(e.parts);
  const quoteOverlaps = (d: Article['quotes'][number], e: Expected['quotes'][number]) =>
    draftParts(d).some((p) => e.parts.some((x) => textsOverlap(p, x)));

  const scores: Score[] = [
    scoreTexts(
      'quotation parts',
      draft.quotes.flatMap(draftParts),
      expected.quotes.flatMap((q) => q.parts),
    ),
    scoreBoth('quotations (all parts)', draft.quotes, expected.quotes, sameQuote, quoteOverlaps),
    scoreTexts(
      'insertions',
      draft.quotes.flatMap((q) => q.insertions.map((i) => i.text)),
      expected.insertions,
    ),
    scoreBoth(
      'quote speakers',
      draft.quotes,
      expected.quotes,
      (d, e) => sameQuote(d, e) && nameAgrees(source(d.speakerId), e.speaker),
      (d, e) => quoteOverlaps(d, e) && nameOverlaps(source(d.speakerId), e.speaker),
    ),
    scoreTexts(
      'dated events',
      datePhrases(draft, () => '').map((k) => k.slice(1)),
      expected.dates,
    ),
  ];
  const relayed = expected.quotes.filter((q) => q.relay);
  if (relayed.length > 0)
    scores.push(
      scoreBoth(
        'quote relays',
        draft.quotes.filter((q) => q.relayedById),
        relayed,
        (d, e) => sameQuote(d, e) && nameAgrees(source(d.relayedById), e.relay ?? ''),
        (d, e) => quoteOverlaps(d, e) && nameOverlaps(source(d.relayedById), e.relay ?? ''),
      ),
    );
  if (expected.sources) {
    const credited = draft.sources.filter((s) => !NOT_CREDITED.has(s.kind) && s.name !== UNIDENTIFIED);
    scores.push(scoreBoth('sources', credited, expected.sources, nameAgrees, nameOverlaps));
  }
  if (expected.passages) {
    const passages = scoreMatches(
      'passage sources',
      draft.attributions,
      expected.passages,
      (d, e) => d.range.text.includes(e.text) && nameAgrees(source(d.sourceId), e.source),
    );
    const loose = scoreMatches(
      'passage sources',
      draft.attributions,
      expected.passages,
      (d, e) => textsOverlap(d.range.text, e.text) && nameOverlaps(source(d.sourceId), e.source),
    );
    const n = expected.passages.length;
    const ratio = (m: number) => (n === 0 ? 1 : m / n);
    scores.push({
      name: 'passage sources',
      found: n,
      expected: n,
      matched: passages.pairs.length,
      precision: ratio(passages.pairs.length),
      recall: ratio(passages.pairs.length),
      f1: ratio(passages.pairs.length),
      overlap: {
        matched: loose.pairs.length,
        precision: ratio(loose.pairs.length),
        recall: ratio(loose.pairs.length),
        f1: ratio(loose.pairs.length),
      },
      recallOnly: true,
    });
  }
  if (expected.hedges) {
    const seen = new Map<string, string>();
    for (const a of draft.attributions)
      for (const h of a.hedges) seen.set(`${h.blockId}:${h.start}:${h.end}`, h.text);
    scores.push(scoreTexts('hedges', [...seen.values()], expected.hedges));
  }
  if (expected.blocks) {
    const blocks = draft.body
      .filter((b) => b.type !== 'paragraph')
      .map((b) => ({ type: b.type, text: blockText(b) }));
    scores.push(
      scoreBoth(
        'block types',
        blocks,
        expected.blocks,
        (d, e) => d.type === e.type && d.text === e.text,
        (d, e) => d.type === e.type && textsOverlap(d.text, e.text),
      ),
    );
  }
  const meta: [string, string][] = [];
  const found: [string, string][] = [];
  if (expected.publisher) {
    meta.push(['publisher', expected.publisher]);
    found.push(['publisher', draft.meta.publisher.name]);
  }
  if (expected.published) {
    meta.push(['published', expected.published]);
    found.push(['published', draft.meta.published.text]);
  }
  if (expected.language) {
    meta.push(['language', expected.language]);
    found.push(['language', draft.meta.language]);
  }
  for (const author of expected.authors ?? []) meta.push(['author', author]);
  if (expected.authors) for (const author of draft.meta.authors) found.push(['author', author.name]);
  if (meta.length > 0)
    scores.push(
      scoreBoth(
        'meta (publisher, date, …)',
        found,
        meta,
        (f, e) => f[0] === e[0] && f[1] === e[1],
        (f, e) => f[0] === e[0] && textsOverlap(f[1], e[1]),
      ),
    );
  return scores;
}
