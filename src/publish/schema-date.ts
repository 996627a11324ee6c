import type { FuzzyDate } from '../article/fuzzy-date-schema';

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A fuzzy date as an ISO 8601 date of the precision its interval truly has, for schema.org:
 * a single day as `2020-11-26`, a whole calendar month as `2020-11`, a whole year as `2020`.
 * Anything else (part of a month, a weekday in a range, an open bound, unknown) has no honest
 * ISO date, so none is given: a reader of the JSON-LD must never see a day we do not know.
 * Worked out from the interval itself, not from the precision label.
 */
export function isoDateAsKnown(date: FuzzyDate): string | undefined {
  const { earliest, latest } = date;
  if (!earliest || !latest) return undefined;
  if (earliest === latest) return earliest;
  const [y1, m1, d1] = earliest.split('-').map(Number);
  const [y2, m2, d2] = latest.split('-').map(Number);
  if (y1 === undefined || m1 === undefined || d1 === undefined) return undefined;
  if (y1 !== y2 || d1 !== 1) return undefined;
  if (m1 === 1 && m2 === 12 && d2 === 31) return String(y1).padStart(4, '0');
  if (m1 === m2 && d2 === lastDayOfMonth(y1, m1)) return earliest.slice(0, 7);
  return undefined;
}
