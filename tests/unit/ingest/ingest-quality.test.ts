import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/article/article-schema';
import type { FuzzyDate } from '../../../src/article/fuzzy-date-schema';
import { blockText } from '../../../src/article/body-schema';
import { ingestText } from '../../../src/ingest/ingest-article';
import { SEED_ARTICLE_FILE, SEED_TEXT_FILE, readText } from '../../fixtures/load-fixture';
import { formatScores, plain, scoreKeys, scoreMatches, sumScores, type Score } from './ingest-score';
import { datePhrases, namesOf, scoreFixture, type Expected } from './score-fixture';

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
 *   block, paired with the block.
 *
 * Other articles (tests/fixtures/ingest/NAME.txt with NAME.expected.json): every field by text,
 * exact and overlapping (see score-fixture.ts). TRAINING articles were read while the rules were
 * written; HELD_OUT articles were written afterwards and only measured, so their figures say how
 * the rules do on text they have never seen. Keep it that way: a rule changed to pass a held-out
 * article makes it a training article.
 */
const TRAINING = [
  'port-strike',
  'water-advisory',
  'wire-shipbuilder',
  'science-qa-crlf',
  'korean-bus-fares',
  'teachers-strike-vote',
  'port-talks-collapse',
  // Held out in round 1 (measured once, then their misses fixed as grammar): training since.
  'bank-cuts',
  'rail-yard-vote',
  'korean-rail-delay',
  // Held out in round 2, likewise.
  'fishing-talks',
  'library-qa',
  'korean-rate-hold',
  // Held out in round 3, likewise.
  'airport-strike',
  'antibiotic-shortage',
];
// Round 4: written after the last rule change, measured only.
const HELD_OUT = ['heldout-fuel-tax-ruling', 'heldout-repair-cafe'];

// Each ingest takes well under a second, but the first compiles every pattern on a busy machine.
const SLOW = 30_000;

function draftOf(text: string): Article {
  const result = ingestText(text);
  if (!result.ok) throw new Error(result.reason);
  return result.article;
}

// The curated seed marks vague phrases ("recently") with precision "unknown" and leaves them out.
const seedDates = (date: FuzzyDate) => date.precision !== 'unknown';

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

  const draftSource = new Map(draft.sources.map((s) => [s.id, s]));
  const curatedSource = new Map(curated.sources.map((s) => [s.id, s]));
  const attributions = scoreMatches('attributions', draft.attributions, curated.attributions, (d, c) => {
    if (block(d.range.blockId) !== c.range.blockId) return false;
    if (d.cue && c.cue && d.cue.start === c.cue.start && d.cue.end === c.cue.end) return true;
    const overlap = d.range.start < c.range.end && c.range.start < d.range.end;
    const name = draftSource.get(d.sourceId)?.name.toLowerCase() ?? '';
    return overlap && namesOf(curatedSource.get(c.sourceId)).includes(name);
  });
  const agreeing = attributions.pairs.filter(([d, c]) =>
    namesOf(curatedSource.get(c.sourceId)).includes(draftSource.get(d.sourceId)?.name.toLowerCase() ?? ''),
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
    scoreKeys('dated events', datePhrases(draft, block, seedDates), datePhrases(curated, own, seedDates)),
  ];
}

function scoreNamed(name: string): Score[] {
  const draft = draftOf(readText(`tests/fixtures/ingest/${name}.txt`));
  const expected = JSON.parse(readText(`tests/fixtures/ingest/${name}.expected.json`)) as Expected;
  return scoreFixture(draft, expected);
}

function get(scores: Score[], name: string): Score {
  const score = scores.find((s) => s.name === name);
  if (!score) throw new Error(`no row ${name}`);
  return score;
}

describe('ingest quality', () => {
  it(
    'reproduces every quotation and insertion of the curated seed article',
    () => {
      const scores = scoreSeed();
      console.log(formatScores('Seed article (dailynk-train-service-talks) vs its curated JSON', scores));
      expect(get(scores, 'block texts').f1).toBe(1);
      expect(get(scores, 'quotation parts').recall).toBe(1);
      expect(get(scores, 'insertions').recall).toBe(1);
      expect(get(scores, 'quotation parts').f1).toBeGreaterThanOrEqual(0.95);
      expect(get(scores, 'attributions').f1).toBeGreaterThanOrEqual(0.8);
    },
    SLOW,
  );

  it.each([...TRAINING, ...HELD_OUT])(
    'finds every quotation of %s exactly',
    (name) => {
      const scores = scoreNamed(name);
      console.log(formatScores(`tests/fixtures/ingest/${name}.txt vs its expected structure`, scores));
      expect(get(scores, 'quotation parts').f1).toBe(1);
      expect(get(scores, 'quotations (all parts)').f1).toBe(1);
      expect(get(scores, 'insertions').f1).toBe(1);
    },
    SLOW,
  );

  it(
    'reports the held-out articles on their own',
    () => {
      const scores = sumScores(HELD_OUT.map(scoreNamed));
      console.log(formatScores(`Held-out articles (${HELD_OUT.length}), summed`, scores));
      expect(get(scores, 'quotation parts').recall).toBe(1);
    },
    SLOW,
  );

  it(
    'meets the targets over the training articles',
    () => {
      const scores = sumScores(TRAINING.map(scoreNamed));
      console.log(formatScores(`Training articles (${TRAINING.length}), summed`, scores));
      expect(get(scores, 'quote speakers').recall).toBeGreaterThanOrEqual(0.9);
      expect(get(scores, 'sources').recall).toBeGreaterThanOrEqual(0.85);
      expect(get(scores, 'hedges').recall).toBeGreaterThanOrEqual(0.85);
      expect(get(scores, 'dated events').f1).toBeGreaterThanOrEqual(0.8);
    },
    SLOW,
  );
});
