import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/article/body-schema';
import type { TimelineEvent } from '../../../src/article/event-schema';
import type { FuzzyDate } from '../../../src/article/fuzzy-date-schema';
import { parseArticleData } from '../../../src/article/parse-article';
import { orderEvents } from '../../../src/article/order-events';
import { readText, SEED_ARTICLE_FILE, smallArticle } from '../../fixtures/load-fixture';

const body: Block[] = [
  { type: 'paragraph', id: 'p-one', text: 'x'.repeat(200) },
  { type: 'paragraph', id: 'p-two', text: 'x'.repeat(200) },
];

type EventOptions = Partial<Omit<TimelineEvent, 'when'>> & { at?: [string, number] };

/** An event with a date and, unless told, wording at the start of the first block. */
function event(
  id: string,
  when: Partial<FuzzyDate> & Pick<FuzzyDate, 'precision'>,
  options: EventOptions = {},
) {
  const [blockId, start] = options.at ?? ['p-one', 0];
  return {
    id,
    kind: 'statement',
    summary: id,
    wording: { blockId, start, end: start + 1, text: 'x' },
    actorIds: ['someone'],
    afterIds: [],
    evidence: { attributionIds: [], quoteIds: [] },
    ...options,
    when: { text: 'as published', basis: 'stated', ...when },
  } satisfies TimelineEvent;
}

const ids = (events: TimelineEvent[]) => orderEvents(events, body).map((e) => e.id);

const day = (iso: string) => ({ precision: 'day', earliest: iso, latest: iso }) as const;
const notStated = (latest: string) => ({ precision: 'unknown', text: 'not stated', latest }) as const;

describe('orderEvents', () => {
  it('puts known days in calendar order, whatever order they come in', () => {
    expect(
      ids([event('c', day('2020-11-03')), event('a', day('2020-10-26')), event('b', day('2020-11-01'))]),
    ).toEqual(['a', 'b', 'c']);
  });

  it('orders each precision by its interval: what must have happened sooner comes first', () => {
    const events = [
      event('year', { precision: 'year', earliest: '2020-01-01', latest: '2020-12-31' }),
      event('month', { precision: 'month', earliest: '2020-10-01', latest: '2020-10-31' }),
      event('late-oct', { precision: 'part-of-month', earliest: '2020-10-21', latest: '2020-10-31' }),
      event('early-nov', { precision: 'part-of-month', earliest: '2020-11-01', latest: '2020-11-10' }),
      event('monday', {
        precision: 'weekday',
        text: 'On Monday',
        earliest: '2020-11-02',
        latest: '2020-11-30',
      }),
      event('oct-26', day('2020-10-26')),
    ];
    expect(ids(events)).toEqual(['oct-26', 'month', 'late-oct', 'early-nov', 'monday', 'year']);
  });

  it('puts the finer date first when two intervals are the same', () => {
    const november = { earliest: '2020-11-01', latest: '2020-11-30' };
    const events = [
      event('unknown', { precision: 'unknown', ...november }),
      event('month', { precision: 'month', ...november }),
      event('weekday', { precision: 'weekday', text: 'on Wednesday', ...november }),
    ];
    expect(ids(events)).toEqual(['weekday', 'month', 'unknown']);
  });

  it('sorts an open end after every date and an open start after a known start', () => {
    const events = [
      event('until-at-least', { precision: 'open-bound', earliest: '2021-01-31' }),
      event('by-nov-30', notStated('2020-11-30')),
      event('in-november', { precision: 'unknown', earliest: '2020-11-01', latest: '2020-11-30' }),
      event('oct-26', day('2020-10-26')),
    ];
    expect(ids(events)).toEqual(['oct-26', 'in-november', 'by-nov-30', 'until-at-least']);
  });

  it('orders relative weekdays by their bounds, and unbounded ones by the text', () => {
    const events = [
      event('monday', {
        precision: 'weekday',
        text: 'On Monday',
        earliest: '2020-11-02',
        latest: '2020-11-30',
      }),
      event('wednesday', {
        precision: 'weekday',
        text: 'on Wednesday',
        earliest: '2020-11-04',
        latest: '2020-11-25',
      }),
      event('friday-later', { precision: 'weekday', text: 'on Friday' }, { at: ['p-two', 0] }),
      event('friday-earlier', { precision: 'weekday', text: 'last Friday' }, { at: ['p-one', 50] }),
    ];
    expect(ids(events)).toEqual(['wednesday', 'monday', 'friday-earlier', 'friday-later']);
  });

  it('does not move a date for being inferred rather than stated', () => {
    const stated = event('stated', day('2020-11-02'), { at: ['p-two', 0] });
    const inferred = event('inferred', { ...day('2020-11-01'), basis: 'inferred' }, { at: ['p-two', 5] });
    expect(ids([stated, inferred])).toEqual(['inferred', 'stated']);
    const sameDay = event('inferred', { ...day('2020-11-02'), basis: 'inferred' }, { at: ['p-one', 0] });
    expect(ids([stated, sameDay])).toEqual(['inferred', 'stated']);
  });

  it('keeps the article’s order for undated events: block order, then offset', () => {
    const events = [
      event('second-block', notStated('2020-11-30'), { at: ['p-two', 0] }),
      event('later-in-first', notStated('2020-11-30'), { at: ['p-one', 120] }),
      event('first', notStated('2020-11-30'), { at: ['p-one', 10] }),
    ];
    expect(ids(events)).toEqual(['first', 'later-in-first', 'second-block']);
  });

  it('never puts an event before one named in its afterIds, even against the text', () => {
    const events = [
      event('told-first', notStated('2020-11-30'), { at: ['p-one', 0], afterIds: ['happened-first'] }),
      event('happened-first', notStated('2020-11-30'), { at: ['p-two', 0] }),
    ];
    expect(ids(events)).toEqual(['happened-first', 'told-first']);
  });

  it('puts an answer after what it answers', () => {
    const events = [
      event('rejection', notStated('2020-11-30'), { answersId: 'proposal' }),
      event('proposal', notStated('2020-11-30'), { at: ['p-two', 0] }),
    ];
    expect(ids(events)).toEqual(['proposal', 'rejection']);
  });

  it('carries bounds along the constraints, so what precedes a dated event moves up with it', () => {
    const events = [
      event(
        'meeting',
        { precision: 'part-of-month', earliest: '2020-11-01', latest: '2020-11-10' },
        {
          afterIds: ['suspension'],
        },
      ),
      event('other-undated', notStated('2020-11-30'), { at: ['p-one', 0] }),
      // Undated, but it came before the early-November meeting, so it must have been by Nov. 10.
      event('suspension', notStated('2020-11-30'), { at: ['p-two', 0] }),
    ];
    expect(ids(events)).toEqual(['suspension', 'meeting', 'other-undated']);
  });

  it('gives the same order for the same events in any input order', () => {
    const events = [
      event('a', notStated('2020-11-30'), { at: ['p-one', 5] }),
      event('b', day('2020-11-03')),
      event('c', { precision: 'month', earliest: '2020-10-01', latest: '2020-10-31' }),
      event('d', notStated('2020-11-30'), { at: ['p-one', 9], afterIds: ['e'] }),
      event('e', notStated('2020-11-30'), { at: ['p-two', 0] }),
    ];
    const expected = ids(events);
    expect(ids([...events].reverse())).toEqual(expected);
    expect(ids([events[2]!, events[4]!, events[0]!, events[3]!, events[1]!])).toEqual(expected);
    expect(orderEvents(events, body)).not.toBe(events);
  });

  it('still places every event when constraints form a circle', () => {
    const events = [
      event('a', notStated('2020-11-30'), { afterIds: ['b'] }),
      event('b', notStated('2020-11-30'), { afterIds: ['a'], at: ['p-two', 0] }),
    ];
    expect(ids(events).sort()).toEqual(['a', 'b']);
  });

  it('orders the small article: the offer, its rejection, then the vote', () => {
    const article = smallArticle();
    expect(orderEvents(article.events, article.body).map((e) => e.id)).toEqual([
      'e-review-offer',
      'e-union-rejects',
      'e-vote',
    ]);
  });

  it('orders the seed article’s 21 events, every constraint kept', () => {
    const parsed = parseArticleData(JSON.parse(readText(SEED_ARTICLE_FILE)));
    if (!parsed.ok) throw new Error('seed is invalid');
    const ordered = orderEvents(parsed.article.events, parsed.article.body);
    expect(ordered).toHaveLength(21);
    const position = new Map(ordered.map((e, index) => [e.id, index]));
    for (const e of ordered) {
      for (const before of [...e.afterIds, ...(e.answersId ? [e.answersId] : [])])
        expect(position.get(before)).toBeLessThan(position.get(e.id)!);
    }
    expect(ordered.slice(0, 3).map((e) => e.id)).toEqual([
      'e-agreement-restart-trains',
      'e-oct-26-report',
      'e-qingdao-outbreak',
    ]);
    expect(ordered.at(-1)?.id).toBe('e-no-tourists-until-january');
  });
});
