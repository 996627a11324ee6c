import { describe, expect, it } from 'vitest';
import type { ArticleIndexEntry } from '../../../../src/article/article-index-schema';
import {
  filterArticles,
  NO_FILTERS,
  publisherOptions,
  readFilters,
  UNKNOWN_YEAR,
  writeFilters,
  yearOptions,
} from '../../../../src/features/library/filter-articles';

function entry(
  name: string,
  headline: string,
  publisher: string,
  earliest?: string,
  latest?: string,
): ArticleIndexEntry {
  return {
    name,
    headline,
    description: '',
    authors: ['Lena Park'],
    publisher,
    language: 'en',
    published: {
      text: 'as written',
      precision: earliest === latest ? 'day' : 'month',
      basis: 'stated',
      ...(earliest ? { earliest } : {}),
      ...(latest ? { latest } : {}),
    },
  };
}

const ENTRIES = [
  entry('pena', 'Peña wins the harbour seat', 'Coastal Ledger', '2024-03-14', '2024-03-14'),
  entry('winter', 'Ferry runs through the winter', 'Harbour Times', '2023-12-01', '2024-01-31'),
  entry('undated', 'Quota talks resume', 'Harbour Times'),
];

const names = (entries: ArticleIndexEntry[]) => entries.map((e) => e.name);

describe('filterArticles', () => {
  it('finds every word of the query, whatever their case and accents', () => {
    expect(names(filterArticles(ENTRIES, { ...NO_FILTERS, query: 'PENA harbour' }))).toEqual(['pena']);
    expect(names(filterArticles(ENTRIES, { ...NO_FILTERS, query: 'harbour' }))).toEqual([
      'pena',
      'winter',
      'undated',
    ]);
    expect(names(filterArticles(ENTRIES, { ...NO_FILTERS, query: 'lena park' }))).toHaveLength(3);
  });

  it('finds an article under every year its date may fall in, and undated ones under “not known”', () => {
    expect(names(filterArticles(ENTRIES, { ...NO_FILTERS, year: '2024' }))).toEqual(['pena', 'winter']);
    expect(names(filterArticles(ENTRIES, { ...NO_FILTERS, year: '2023' }))).toEqual(['winter']);
    expect(names(filterArticles(ENTRIES, { ...NO_FILTERS, year: UNKNOWN_YEAR }))).toEqual(['undated']);
  });

  it('offers each publisher and year with its count', () => {
    expect(publisherOptions(ENTRIES).map((o) => o.label)).toEqual([
      'Coastal Ledger (1)',
      'Harbour Times (2)',
    ]);
    expect(yearOptions(ENTRIES).map((o) => o.label)).toEqual(['2024 (2)', '2023 (1)', 'Date not known (1)']);
  });

  it('keeps the filters in the URL and reads them back', () => {
    const filters = { query: 'ferry & pier', publisher: 'Harbour Times', year: '2024' };
    expect(readFilters(writeFilters(filters))).toEqual(filters);
    expect(writeFilters(NO_FILTERS).toString()).toBe('');
  });
});
