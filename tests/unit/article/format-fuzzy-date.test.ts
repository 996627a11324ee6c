import { describe, expect, it } from 'vitest';
import { formatFuzzyDate, formatFuzzyUntil, machineDate } from '../../../src/article/format-fuzzy-date';
import type { FuzzyDate } from '../../../src/article/fuzzy-date-schema';

const date = (d: Partial<FuzzyDate> & Pick<FuzzyDate, 'precision'>): FuzzyDate => ({
  text: 'as published',
  basis: 'stated',
  ...d,
});

describe('formatFuzzyDate', () => {
  it('writes a known day in newsroom style', () => {
    const oct26 = date({ precision: 'day', earliest: '2020-10-26', latest: '2020-10-26' });
    expect(formatFuzzyDate(oct26)).toBe('Oct. 26, 2020');
    expect(machineDate(oct26)).toBe('2020-10-26');
  });

  it('spells out short month names', () => {
    expect(formatFuzzyDate(date({ precision: 'day', earliest: '2021-06-03', latest: '2021-06-03' }))).toBe(
      'June 3, 2021',
    );
  });

  it('writes only the month when only the month is known, never a day', () => {
    const november = date({ precision: 'month', earliest: '2020-11-01', latest: '2020-11-30' });
    expect(formatFuzzyDate(november)).toBe('November 2020');
    expect(machineDate(november)).toBe('2020-11');
  });

  it('writes part of a month from its interval', () => {
    expect(
      formatFuzzyDate(date({ precision: 'part-of-month', earliest: '2020-11-01', latest: '2020-11-10' })),
    ).toBe('early November 2020');
    expect(
      formatFuzzyDate(date({ precision: 'part-of-month', earliest: '2020-11-21', latest: '2020-11-30' })),
    ).toBe('late November 2020');
  });

  it('writes a weekday relative to publication', () => {
    expect(
      formatFuzzyDate(date({ precision: 'weekday', text: 'On Monday', relativeTo: 'publication' })),
    ).toBe('a Monday before publication');
  });

  it('writes an open-ended bound as "until at least"', () => {
    expect(
      formatFuzzyDate(
        date({ precision: 'open-bound', earliest: '2021-01-31', text: 'through at least next January' }),
      ),
    ).toBe('until at least January 2021');
  });

  it('quotes the article’s own phrase when nothing more is known', () => {
    expect(formatFuzzyDate(date({ precision: 'unknown', text: 'recently' }))).toBe('“recently”');
    expect(machineDate(date({ precision: 'unknown', text: 'recently' }))).toBeUndefined();
  });

  it('says what the bounds tell of a date the text does not state, and that it is not stated when they tell nothing', () => {
    const undated = date({ precision: 'unknown', text: 'not stated', latest: '2020-10-26' });
    expect(formatFuzzyDate(undated)).toBe('no later than Oct. 26, 2020');
    expect(machineDate(undated)).toBeUndefined();
    expect(formatFuzzyDate(date({ precision: 'unknown', text: 'not stated (after the proposal)' }))).toBe(
      'date not stated',
    );
  });

  it('writes a bound on a month’s edge as the month, never as an invented day', () => {
    expect(formatFuzzyDate(date({ precision: 'unknown', text: 'not stated', latest: '2020-11-30' }))).toBe(
      'no later than November 2020',
    );
    expect(formatFuzzyDate(date({ precision: 'unknown', text: 'not stated', earliest: '2020-11-01' }))).toBe(
      'no earlier than November 2020',
    );
    expect(formatFuzzyDate(date({ precision: 'unknown', text: 'Initially', latest: '2024-02-29' }))).toBe(
      '“Initially” (no later than February 2024)',
    );
  });

  it('writes both bounds as a month or a span', () => {
    const bounded = (earliest: string, latest: string) =>
      formatFuzzyDate(date({ precision: 'unknown', text: 'not stated', earliest, latest }));
    expect(bounded('2020-11-01', '2020-11-30')).toBe('in November 2020');
    expect(bounded('2020-10-01', '2020-11-30')).toBe('between October and November 2020');
    expect(bounded('2020-12-01', '2021-01-31')).toBe('between December 2020 and January 2021');
    expect(bounded('2020-11-04', '2020-11-25')).toBe('between Nov. 4 and Nov. 25, 2020');
  });

  it('writes an open bound with only an end like an undated event', () => {
    expect(
      formatFuzzyDate(
        date({ precision: 'open-bound', text: 'not stated (before the report)', latest: '2020-10-26' }),
      ),
    ).toBe('no later than Oct. 26, 2020');
  });
});

describe('formatFuzzyUntil', () => {
  it('writes how long something holds', () => {
    const january = date({ precision: 'month', earliest: '2021-01-01', latest: '2021-01-31' });
    expect(formatFuzzyUntil(january)).toBe('until January 2021');
    const atLeast = date({
      precision: 'open-bound',
      earliest: '2021-01-31',
      text: 'through at least next January',
    });
    expect(formatFuzzyUntil(atLeast)).toBe('until at least January 2021');
  });
});
