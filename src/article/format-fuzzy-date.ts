import type { FuzzyDate } from './fuzzy-date-schema';

// Newsroom (AP) style: short months take a point, March to July are spelled out.
const MONTHS = [
  'Jan.',
  'Feb.',
  'March',
  'April',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const REFERENCES: Record<NonNullable<FuzzyDate['relativeTo']>, string> = {
  publication: 'publication',
  contact: 'the source was contacted',
  'earlier-report': 'the earlier report',
};

type Day = { year: number; month: number; day: number };

function parseDay(iso: string | undefined): Day | undefined {
  const match = iso?.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!match) return undefined;
  return { year: Number(match[1]), month: Number(match[2]) - 1, day: Number(match[3]) };
}

function partOfMonth(day: number): string {
  if (day <= 10) return 'early';
  if (day <= 20) return 'mid-';
  return 'late';
}

const monthYear = (d: Day) => `${MONTH_NAMES[d.month] ?? ''} ${d.year}`;

/**
 * A date written as precisely as the data allows and no more: a day only when a day is known,
 * "early November 2020" when only part of a month is.
 */
export function formatFuzzyDate(date: FuzzyDate): string {
  const from = parseDay(date.earliest);
  const to = parseDay(date.latest);
  switch (date.precision) {
    case 'day':
      return from ? `${MONTHS[from.month] ?? ''} ${from.day}, ${from.year}` : date.text;
    case 'month':
      return from ? monthYear(from) : date.text;
    case 'part-of-month': {
      if (!from || !to) return date.text;
      const part = from.day >= 21 ? 'late' : partOfMonth(to.day);
      return `${part}${part.endsWith('-') ? '' : ' '}${monthYear(from)}`;
    }
    case 'year':
      return from ? String(from.year) : date.text;
    case 'weekday': {
      const weekday = date.text.match(/(?:mon|tues|wednes|thurs|fri|satur|sun)day/i)?.[0];
      if (!weekday) return date.text;
      const name = weekday.charAt(0).toUpperCase() + weekday.slice(1).toLowerCase();
      return `a ${name} before ${REFERENCES[date.relativeTo ?? 'publication']}`;
    }
    case 'open-bound':
      if (from && !to) return `until at least ${monthYear(from)}`;
      if (to && !from) return `by ${MONTHS[to.month] ?? ''} ${to.day}, ${to.year}`;
      return date.text;
    case 'unknown':
      return date.text;
  }
}

/** The `datetime` attribute for a `<time>` element, when the date can be written as one. */
export function machineDate(date: FuzzyDate): string | undefined {
  if (date.precision === 'day') return date.earliest;
  if (date.precision === 'month') return date.earliest?.slice(0, 7);
  if (date.precision === 'year') return date.earliest?.slice(0, 4);
  return undefined;
}
