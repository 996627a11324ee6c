import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../../../../src/article/fuzzy-date-schema';
import { proposeDate } from '../../../../src/features/desk/propose-date';

// A Friday.
const published: FuzzyDate = {
  text: 'Nov. 27, 2020',
  earliest: '2020-11-27',
  latest: '2020-11-27',
  precision: 'day',
  basis: 'stated',
};

describe('proposing an interval from a date phrase', () => {
  it('keeps a phrase that states its year as stated', () => {
    expect(proposeDate('Oct. 26, 2020', published)).toMatchObject({
      earliest: '2020-10-26',
      latest: '2020-10-26',
      basis: 'stated',
    });
  });

  it('takes the publication year for a day without one, as an inference', () => {
    expect(proposeDate('Oct. 26', published)).toMatchObject({
      earliest: '2020-10-26',
      latest: '2020-10-26',
      precision: 'day',
      basis: 'inferred',
    });
  });

  it('bounds “before” a day without its year at that day', () => {
    const proposed = proposeDate('before Oct. 26', published);
    expect(proposed).toMatchObject({ latest: '2020-10-26', precision: 'open-bound', basis: 'inferred' });
    expect(proposed.earliest).toBeUndefined();
  });

  it('gives early November its first ten days', () => {
    expect(proposeDate('early November', published)).toMatchObject({
      earliest: '2020-11-01',
      latest: '2020-11-10',
      edtf: '2020-11-01/2020-11-10',
    });
  });

  it('counts a weekday back from the publication day', () => {
    expect(proposeDate('on Wednesday', published)).toMatchObject({
      earliest: '2020-11-25',
      latest: '2020-11-25',
      relativeTo: 'publication',
    });
  });

  it('reads the end of this month from the publication month', () => {
    expect(proposeDate('the end of this month', published)).toMatchObject({
      earliest: '2020-11-21',
      latest: '2020-11-30',
    });
  });

  it('puts next January in the following year', () => {
    expect(proposeDate('next January', published)).toMatchObject({
      earliest: '2021-01-01',
      latest: '2021-01-31',
    });
  });

  it('puts a month after publication without "next" in the year before', () => {
    expect(proposeDate('in December', published)).toMatchObject({ earliest: '2019-12-01' });
  });

  it('invents nothing when the article has no publication date', () => {
    const unknown: FuzzyDate = { text: 'not stated', precision: 'unknown', basis: 'inferred' };
    const date = proposeDate('on Wednesday', unknown);
    expect(date.earliest).toBeUndefined();
    expect(date.precision).toBe('weekday');
  });
});
