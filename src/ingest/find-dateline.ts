import type { FuzzyDate } from '../article/fuzzy-date-schema';
import { findDates } from './find-dates';

/** "SEOUL, March 12 (Hanbit News) –": where and when the story was filed, and by whom. */
export type Dateline = { end: number; place: string; agency?: string; date?: FuzzyDate };

// The place in capitals, then an optional date, an optional agency in brackets, then a dash.
const DATELINE =
  /^\s*(?<place>\p{Lu}[\p{Lu}\p{M} .'’-]*\p{Lu}(?:,\s*\p{Lu}[\p{L}.' -]*?)?)(?:,\s+(?<date>[\p{L}.]+\s+\d{1,2}(?:,\s+\d{4})?))?\s*(?:\((?<agency>[^()]{2,60})\))?\s*[-–—]+\s+/u;

export function findDateline(text: string): Dateline | undefined {
  const match = DATELINE.exec(text);
  const groups = match?.groups;
  if (!match || !groups?.place || (!groups.date && !groups.agency)) return undefined;
  const date = groups.date ? findDates(groups.date).find((d) => d.date.precision === 'day')?.date : undefined;
  if (groups.date && !date) return undefined;
  return {
    end: match[0].length,
    place: groups.place,
    ...(groups.agency ? { agency: groups.agency.trim() } : {}),
    ...(date
      ? { date: { ...date, reasoning: 'The dateline states it; the year only if the dateline gives one.' } }
      : {}),
  };
}
