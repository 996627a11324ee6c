import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/article/article-schema';
import { blockText } from '../../../src/article/body-schema';
import type { Source } from '../../../src/article/sourcing-schema';
import { ingestText } from '../../../src/ingest/ingest-article';
import { SEED_ARTICLE_FILE, SEED_TEXT_FILE, readText } from '../../fixtures/load-fixture';
import { formatScores, plain, scoreKeys, scoreMatches, type Score } from './ingest-score';

/*
 * How the draft of a text is compared with what an editor marked by hand.
 *
 * Seed (against public/articles/dailynk-train-service-talks.json; blocks paired by identical text):
 * - quotation parts: exact span (block, start, end, text) of each part;
 * - quotations: a whole utterance, all its parts exact;
 * - insertions: exact spans, each counted once;
 * - attributions: one-to-one, same block and either the same cue span, or overlapping passages
 *   credited to the same source (the draft's source name is the curated source's name or an alias);
 * - attribution sources: of the matched attributions, those whose source names agree that way;
 * - dated events: the date phrases of events (`when.text`, `until.text`) that occur in the event's
 *   block, paired with the block; curated dates of precision "unknown" ("not stated") are not dates.
 *
 * Other articles (tests/fixtures/ingest/*.txt with *.expected.json): the same by text, since the
 * hand-made structure lists texts, not offsets; quote speakers count when the speaker's name is
 * the draft source's name or an alias.
 */

type Expected = {
  quotes: { parts: string[]; speaker: string }[];
  insertions: string[];
  cues: string[];
  dates: string[];
};

function draftOf(text: string): Article {
  const result = ingestText(text);
  if (!result.ok) throw new Error(result.reason);
  return result.article;
}

function namesOf(source: Source | undefined): string[] {
  return source ? [source.name, ...source.aliases].map((n) => n.toLowerCase()) : [];
}

function sourceById(article: Article): (id: string) => Source | undefined {
  const byId = new Map(article.sources.map((s) => [s.id, s]));
  return (id) => byId.get(id);
}

function datePhrases(article: Article, blockKey: (id: string) => string): string[] {
  const texts = new Map(article.body.map((b) => [b.id, blockText(b)]));
  return article.events.flatMap((event) =>
    [event.when, event.until]
      .filter((d) => d !== undefined && d.precision !== 'unknown')
      .filter((d) => texts.get(event.wording.blockId)?.includes(d!.text))
      .map((d) => `${blockKey(event.wording.blockId)}:${d!.text}`),
  );
}

function scoreSeed(): Score[] {
  const draft = draftOf(readText(SEED_TEXT_FILE));
  const curated = JSON.parse(readText(SEED_ARTICLE_FILE)) as Article;
  const toCurated = new Map(draft.body.map((b, i) => [b.id, curated.body[i]?.id ?? '?']));
  const block = (id: string) => toCurated.get(id) ?? id;
  const own = (id: string) => id;
  const span = (
    r: { blockId: string; start: number; end: number; text: string },
    key: (id: string) => string,
  ) => `${key(r.blockId)}:${r.start}:${r.end}:${r.text}`;

  const draftSource = sourceById(draft);
  const curatedSource = sourceById(curated);
  const attributions = scoreMatches('attributions', draft.attributions, curated.attributions, (d, c) => {
    if (block(d.range.blockId) !== c.range.blockId) return false;
    if (d.cue && c.cue && d.cue.start === c.cue.start && d.cue.end === c.cue.end) return true;
    const overlap = d.range.start < c.range.end && c.range.start < d.range.end;
    const name = draftSource(d.sourceId)?.name.toLowerCase() ?? '';
    return overlap && namesOf(curatedSource(c.sourceId)).includes(name);
  });
  const agreeing = attributions.pairs.filter(([d, c]) =>
    namesOf(curatedSource(c.sourceId)).includes(draftSource(d.sourceId)?.name.toLowerCase() ?? ''),
  ).length;

  return [
    scoreKeys(
      'block texts',
      draft.body.map((b) => blockText(b)),
      curated.body.map((b) => blockText(b)),
    ),
    scoreKeys(
      'quotation parts',
      draft.quotes.flatMap((q) => q.parts.map((p) => span(p, block))),
      curated.quotes.flatMap((q) => q.parts.map((p) => span(p, own))),
    ),
    scoreKeys(
      'quotations (all parts)',
      draft.quotes.map((q) => q.parts.map((p) => span(p, block)).join('|')),
      curated.quotes.map((q) => q.parts.map((p) => span(p, own)).join('|')),
    ),
    scoreKeys(
      'insertions',
      [...new Set(draft.quotes.flatMap((q) => q.insertions.map((i) => span(i, block))))],
      [...new Set(curated.quotes.flatMap((q) => q.insertions.map((i) => span(i, own))))],
    ),
    plain(attributions),
    scoreKeys(
      'attribution sources',
      Array.from({ length: attributions.matched }, (_, i) => (i < agreeing ? 'agree' : 'differ')),
      Array.from({ length: attributions.matched }, () => 'agree'),
    ),
    scoreKeys('dated events', datePhrases(draft, block), datePhrases(curated, own)),
  ];
}

function scoreFixture(name: string): Score[] {
  const draft = draftOf(readText(`tests/fixtures/ingest/${name}.txt`));
  const expected = JSON.parse(readText(`tests/fixtures/ingest/${name}.expected.json`)) as Expected;
  const source = sourceById(draft);
  const quotes = scoreMatches(
    'quotations (all parts)',
    draft.quotes,
    expected.quotes,
    (d, e) => d.parts.map((p) => p.text).join('|') === e.parts.join('|'),
  );
  const speakers = quotes.pairs.filter(([d, e]) =>
    namesOf(source(d.speakerId)).includes(e.speaker.toLowerCase()),
  );
  const cues = new Map(
    draft.attributions.flatMap((a) => (a.cue ? [[`${a.cue.blockId}:${a.cue.start}`, a.cue.text]] : [])),
  );
  return [
    scoreKeys(
      'quotation parts',
      draft.quotes.flatMap((q) => q.parts.map((p) => p.text)),
      expected.quotes.flatMap((q) => q.parts),
    ),
    plain(quotes),
    scoreKeys(
      'insertions',
      draft.quotes.flatMap((q) => q.insertions.map((i) => i.text)),
      expected.insertions,
    ),
    scoreKeys('attribution cues', [...cues.values()], expected.cues),
    scoreKeys(
      'quote speakers',
      quotes.pairs.map((_, i) => (i < speakers.length ? 'agree' : 'differ')),
      quotes.pairs.map(() => 'agree'),
    ),
    scoreKeys(
      'dated events',
      datePhrases(draft, () => '').map((k) => k.slice(1)),
      expected.dates,
    ),
  ];
}

function get(scores: Score[], name: string): Score {
  return scores.find((s) => s.name === name)!;
}

describe('ingest quality', () => {
  it('reproduces every quotation and insertion of the curated seed article', () => {
    const scores = scoreSeed();
    console.log(formatScores('Seed article (dailynk-train-service-talks) vs its curated JSON', scores));
    expect(get(scores, 'block texts').f1).toBe(1);
    expect(get(scores, 'quotation parts').recall).toBe(1);
    expect(get(scores, 'insertions').recall).toBe(1);
    expect(get(scores, 'quotation parts').f1).toBeGreaterThanOrEqual(0.95);
    expect(get(scores, 'attributions').f1).toBeGreaterThanOrEqual(0.8);
  });

  it.each(['port-strike', 'water-advisory'])('finds the quotations of %s', (name) => {
    const scores = scoreFixture(name);
    console.log(formatScores(`tests/fixtures/ingest/${name}.txt vs its expected structure`, scores));
    expect(get(scores, 'quotation parts').f1).toBeGreaterThanOrEqual(0.9);
    expect(get(scores, 'quotations (all parts)').f1).toBeGreaterThanOrEqual(0.9);
    expect(get(scores, 'insertions').f1).toBeGreaterThanOrEqual(0.9);
    expect(get(scores, 'attribution cues').f1).toBeGreaterThanOrEqual(0.85);
    expect(get(scores, 'quote speakers').f1).toBeGreaterThanOrEqual(0.8);
  });
});
