import { describe, expect, it } from 'vitest';
import { formatFuzzyDate, machineDate } from '../../../src/article/format-fuzzy-date';
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

  it('falls back to the article’s own phrase when nothing more is known', () => {
    expect(formatFuzzyDate(date({ precision: 'unknown', text: 'recently' }))).toBe('recently');
    expect(machineDate(date({ precision: 'unknown', text: 'recently' }))).toBeUndefined();
  });
});
