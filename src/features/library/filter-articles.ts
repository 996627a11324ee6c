import type { ArticleIndexEntry } from '../../article/article-index-schema';
import { formatFuzzyDate } from '../../article/format-fuzzy-date';

/** What the list is narrowed to; '' means any. `year` is a year or UNKNOWN_YEAR. */
export type LibraryFilters = { query: string; publisher: string; year: string };

export const NO_FILTERS: LibraryFilters = { query: '', publisher: '', year: '' };
export const UNKNOWN_YEAR = 'unknown';

/** Case and accents do not matter to a search ("Seoul" finds "seoul", "Peña" finds "pena"). */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');
}

/**
 * The years an article may have appeared in: every year its date's interval touches. An
 * article dated "December 2020 or January 2021" is found under both; one whose date has an open
 * or unknown end under neither, but under "Date not known".
 */
export function yearsOf(entry: ArticleIndexEntry): number[] {
  const { earliest, latest } = entry.published;
  if (!earliest || !latest) return [];
  const first = Number(earliest.slice(0, 4));
  const last = Number(latest.slice(0, 4));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

function searchText(entry: ArticleIndexEntry): string {
  return foldText(
    [
      entry.headline,
      entry.description,
      entry.publisher,
      ...entry.authors,
      formatFuzzyDate(entry.published),
    ].join(' '),
  );
}

function matchesYear(entry: ArticleIndexEntry, year: string): boolean {
  if (year === '') return true;
  const years = yearsOf(entry);
  return year === UNKNOWN_YEAR ? years.length === 0 : years.includes(Number(year));
}

/** The entries that hold every word of the query (headline, standfirst, publisher, authors, date) and pass the filters. */
export function filterArticles(
  entries: readonly ArticleIndexEntry[],
  filters: LibraryFilters,
): ArticleIndexEntry[] {
  const words = foldText(filters.query).split(/\s+/).filter(Boolean);
  return entries.filter((entry) => {
    if (filters.publisher !== '' && entry.publisher !== filters.publisher) return false;
    if (!matchesYear(entry, filters.year)) return false;
    if (words.length === 0) return true;
    const text = searchText(entry);
    return words.every((word) => text.includes(word));
  });
}

export type Option = { value: string; label: string };

/** The publishers in the list, alphabetically, with how many articles each. */
export function publisherOptions(entries: readonly ArticleIndexEntry[]): Option[] {
  const counts = new Map<string, number>();
  for (const entry of entries) counts.set(entry.publisher, (counts.get(entry.publisher) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, count]) => ({ value: name, label: `${name} (${count})` }));
}

/** The years in the list, newest first, with how many articles each; "Date not known" last. */
export function yearOptions(entries: readonly ArticleIndexEntry[]): Option[] {
  const counts = new Map<number, number>();
  let unknown = 0;
  for (const entry of entries) {
    const years = yearsOf(entry);
    if (years.length === 0) unknown += 1;
    for (const year of years) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  const options = [...counts]
    .sort(([a], [b]) => b - a)
    .map(([year, count]) => ({ value: String(year), label: `${year} (${count})` }));
  if (unknown > 0) options.push({ value: UNKNOWN_YEAR, label: `Date not known (${unknown})` });
  return options;
}

/** Filters from the list's URL (`#/articles?q=…&publisher=…&year=…`), so a search can be shared. */
export function readFilters(params: URLSearchParams): LibraryFilters {
  return {
    query: params.get('q') ?? '',
    publisher: params.get('publisher') ?? '',
    year: params.get('year') ?? '',
  };
}

export function writeFilters(filters: LibraryFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.query) params.set('q', filters.query);
  if (filters.publisher) params.set('publisher', filters.publisher);
  if (filters.year) params.set('year', filters.year);
  return params;
}
