import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/article/article-schema';
import { ingestText } from '../../../src/ingest/ingest-article';
import { findDates } from '../../../src/ingest/find-dates';
import { findHedges } from '../../../src/ingest/find-hedges';

function draft(text: string): Article {
  const result = ingestText(text);
  if (!result.ok) throw new Error(result.reason);
  return result.article;
}

function named(article: Article) {
  return (id: string | undefined) => article.sources.find((s) => s.id === id);
}

function quotes(text: string) {
  const article = draft(text);
  const source = named(article);
  return article.quotes.map((q) => ({
    words: q.parts.map((p) => p.text).join(' | '),
    speaker: source(q.speakerId)?.name,
    ...(q.relayedById ? { relay: source(q.relayedById)?.name } : {}),
    ...(q.review ? { review: q.review.confidence } : {}),
  }));
}

function creditOf(text: string, passage: string): string | undefined {
  const article = draft(text);
  const found = article.attributions.find((a) => a.range.text.includes(passage));
  return named(article)(found?.sourceId)?.name;
}

describe('ingest: who said it', () => {
  it('reads present-tense cues: “officials say”', () => {
    expect(creditOf('Rents will rise again, city officials say.', 'Rents will rise')).toBe('city officials');
  });

  it('makes a source of one who declined to comment, crediting the sentence to it', () => {
    const article = draft('The ferry operator declined to comment on the delays.');
    expect(article.sources.map((s) => [s.name, s.kind])).toContainEqual([
      'the ferry operator',
      'organization',
    ]);
  });

  it('credits organisations and documents as subjects', () => {
    expect(quotes('The health ministry said in a statement that it was “closely watching.”')).toEqual([
      { words: 'closely watching.', speaker: 'the health ministry' },
    ]);
    expect(creditOf('An internal audit seen by the Tribune showed losses.', 'showed losses')).toBe(
      'an internal audit seen by the Tribune',
    );
  });

  it('gives a relayed quotation its speaker and the source who passed it on', () => {
    expect(quotes('According to an aide, the senators complained that the bill was “rushed.”')).toEqual([
      { words: 'rushed.', speaker: 'the senators', relay: 'an aide' },
    ]);
  });

  it('knows a description given in an appositive when the text uses it again', () => {
    const found = quotes(
      'A second person at the plant, a night-shift engineer who asked not to be named, said it was tense. “Nobody talks,” the engineer said.',
    );
    expect(found).toEqual([{ words: 'Nobody talks,', speaker: 'a second person at the plant' }]);
  });

  it('keeps a name whole after a title of several words', () => {
    expect(quotes('“We will appeal,” said Deputy Finance Minister Ana Sousa.')[0]?.speaker).toBe('Ana Sousa');
    expect(quotes('“Sales fell,” Chief Executive Tom Reyes said.')[0]?.speaker).toBe('Tom Reyes');
  });

  it('keeps analysts at a firm a group, not the firm as a person', () => {
    const article = draft('Analysts at Norvik Securities said demand was weak.');
    expect(article.sources.map((s) => [s.name, s.kind])).toContainEqual([
      'Analysts at Norvik Securities',
      'group',
    ]);
  });

  it('credits an earlier report by an outlet on a date as an earlier report', () => {
    const article = draft('Harbor Daily reported on May 4 that the plant would close.');
    expect(article.sources.map((s) => [s.name, s.kind])).toContainEqual([
      'Harbor Daily’s report of May 4',
      'earlier-report',
    ]);
  });

  it('says “speaker not identified”, for review, rather than guess a speaker paragraphs away', () => {
    const found = quotes(
      '“Prices are up,” said Lin Ode.\n\nThe market opened late.\n\nThe mayor’s office issued new rules. Vendors were warned that “fines will follow.”',
    );
    expect(found.at(-1)).toEqual({
      words: 'fines will follow.',
      speaker: 'speaker not identified',
      review: 0.2,
    });
  });

  it('credits a Q&A’s answers to the interviewee named before it, and its questions to the publication', () => {
    const article = draft(
      'We spoke with Dana Holt about the season.\n\nQ: Was it hard?\n\nA: Harder than we said. We called it “a rebuilding year.”',
    );
    const source = named(article);
    expect(article.attributions.map((a) => source(a.sourceId)?.kind)).toEqual([
      'publication',
      'publication',
      'named-person',
    ]);
    expect(source(article.quotes[0]?.speakerId)?.name).toBe('Dana Holt');
  });
});

describe('ingest: the article around the text', () => {
  it('reads a dateline: the agency publishes, the date is the publication’s, and the city is no event', () => {
    const article = draft('OSLO, March 12 (Nordwire) – The fund said on Tuesday it would sell its stake.');
    expect(article.meta.publisher.name).toBe('Nordwire');
    expect(article.meta.published).toMatchObject({ text: 'March 12', precision: 'day' });
    expect(article.events.map((e) => e.when.text)).toEqual(['on Tuesday']);
  });

  it('makes figures of photo credits and end matter of editor’s notes and reporting credits', () => {
    const article = draft(
      'Editor’s note: An earlier version misstated the date.\n\nThe dam held.\n\nThe dam at dawn. (Photo: Ada Berg/Valley Post)\n\n(Reporting by Ada Berg and Sam Ito; Editing by Joe Park)',
    );
    expect(article.body.map((b) => (b.type === 'end-matter' ? b.role : b.type))).toEqual([
      'correction',
      'paragraph',
      'figure',
      'other',
    ]);
    expect(article.meta.authors.map((a) => a.name)).toEqual(['Ada Berg', 'Sam Ito']);
    expect(article.meta.publisher.name).toBe('Valley Post');
  });
});

describe('ingest: hedges and dates', () => {
  it.each([
    ['The plan appeared to stall.', 'appeared to'],
    ['It remains unclear who paid.', 'It remains unclear'],
    ['Prices could be higher.', 'could'],
    ['The vote is expected to pass.', 'is expected to'],
    ['Voters are no longer sure.', 'no longer sure'],
  ])('finds the hedge in “%s”', (text, hedge) => {
    expect(findHedges(text).map((h) => text.slice(h.start, h.end))).toEqual([hedge]);
  });

  it('takes no hedge from an embedded question or a refusal to comment', () => {
    expect(findHedges('She declined to comment on when talks might restart.')).toEqual([]);
    expect(findHedges('Crews could not be reached.')).toEqual([]);
  });

  it.each([
    ['by the first week of August 2024', 'open-bound', '2024-08-01', '2024-08-07'],
    ['the second half of 2019', 'year', '2019-07-01', '2019-12-31'],
    ['next year', 'year', undefined, undefined],
    ['within days', 'open-bound', undefined, undefined],
    ['over the weekend', 'weekday', undefined, undefined],
    ['since May', 'month', undefined, undefined],
    ['by year-end', 'open-bound', undefined, undefined],
  ])('reads “%s” with honest precision', (phrase, precision, earliest, latest) => {
    const [date] = findDates(`It happened ${phrase}.`);
    expect(date?.date).toMatchObject({ text: phrase, precision });
    expect(date?.date.earliest).toBe(earliest);
    expect(date?.date.latest).toBe(latest);
  });

  it('takes no date from a month name used as a word', () => {
    expect(findDates('May I ask? March on, they said.')).toEqual([]);
  });
});
