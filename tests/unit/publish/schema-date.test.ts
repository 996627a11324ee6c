import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../../../src/article/fuzzy-date-schema';
import { isoDateAsKnown } from '../../../src/publish/schema-date';

function date(
  earliest: string | undefined,
  latest: string | undefined,
  precision: FuzzyDate['precision'],
): FuzzyDate {
  return {
    text: 'as written',
    precision,
    basis: 'inferred',
    ...(earliest ? { earliest } : {}),
    ...(latest ? { latest } : {}),
  };
}

describe('isoDateAsKnown', () => {
  it('gives a known day as that day', () => {
    expect(isoDateAsKnown(date('2024-03-14', '2024-03-14', 'day'))).toBe('2024-03-14');
  });

  it('gives a whole month as the month only, never a day in it', () => {
    expect(isoDateAsKnown(date('2020-11-01', '2020-11-30', 'month'))).toBe('2020-11');
    expect(isoDateAsKnown(date('2024-02-01', '2024-02-29', 'month'))).toBe('2024-02');
  });

  it('gives a whole year as the year only', () => {
    expect(isoDateAsKnown(date('2019-01-01', '2019-12-31', 'year'))).toBe('2019');
  });

  it('gives nothing for part of a month, a span of days, an open bound or an unknown date', () => {
    expect(isoDateAsKnown(date('2020-11-01', '2020-11-10', 'part-of-month'))).toBeUndefined();
    expect(isoDateAsKnown(date('2020-11-04', '2020-11-25', 'weekday'))).toBeUndefined();
    expect(isoDateAsKnown(date('2020-11-01', '2020-11-29', 'month'))).toBeUndefined();
    expect(isoDateAsKnown(date('2021-01-01', undefined, 'open-bound'))).toBeUndefined();
    expect(isoDateAsKnown(date(undefined, undefined, 'unknown'))).toBeUndefined();
  });
});
