import type { FuzzyDate } from './fuzzy-date-schema';

/** Months in newsroom (AP) style, January first: short ones take a point, March to July are spelled out. */
export const MONTHS = [
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
/** Month names in full, January first. */
export const MONTH_NAMES = [
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
const dayMonthYear = (d: Day) => `${MONTHS[d.month] ?? ''} ${d.day}, ${d.year}`;

const isFirstOfMonth = (d: Day) => d.day === 1;
// Day 0 of the next month is the last day of this one.
const isLastOfMonth = (d: Day) => d.day === new Date(Date.UTC(d.year, d.month + 1, 0)).getUTCDate();

/**
 * What bounds alone say, without inventing a day: a bound on a month's edge is written as the
 * month ("no later than November 2020"), any other bound as the day it is.
 */
function describeBounds(from: Day | undefined, to: Day | undefined): string | undefined {
  if (from && to) {
    if (isFirstOfMonth(from) && isLastOfMonth(to)) {
      if (from.year === to.year && from.month === to.month) return monthYear(from);
      const start = from.year === to.year ? (MONTH_NAMES[from.month] ?? '') : monthYear(from);
      return `between ${start} and ${monthYear(to)}`;
    }
    const start = from.year === to.year ? `${MONTHS[from.month] ?? ''} ${from.day}` : dayMonthYear(from);
    return `between ${start} and ${dayMonthYear(to)}`;
  }
  if (to) return `no later than ${isLastOfMonth(to) ? monthYear(to) : dayMonthYear(to)}`;
  if (from) return `no earlier than ${isFirstOfMonth(from) ? monthYear(from) : dayMonthYear(from)}`;
  return undefined;
}

/**
 * A date the text does not give: quotes the article's own phrase (“recently”) and adds what the
 * bounds tell; without a phrase, what the bounds tell leads ("no later than Oct. 26, 2020", "in
 * November 2020"), since it is all that is known, and "date not stated" is said only when they
 * tell nothing.
 */
function undated(date: FuzzyDate, from: Day | undefined, to: Day | undefined): string {
  const bounds = describeBounds(from, to);
  if (!/^not stated\b/i.test(date.text)) return bounds ? `“${date.text}” (${bounds})` : `“${date.text}”`;
  if (!bounds) return 'date not stated';
  // A bare month would read as a month the text states.
  const oneMonth = from && to && from.year === to.year && from.month === to.month;
  return oneMonth && isFirstOfMonth(from) && isLastOfMonth(to) ? `in ${bounds}` : bounds;
}

/**
 * A date written as precisely as the data allows and no more: a day only when a day is known,
 * "early November 2020" when only part of a month is.
 */
export function formatFuzzyDate(date: FuzzyDate): string {
  const from = parseDay(date.earliest);
  const to = parseDay(date.latest);
  switch (date.precision) {
    case 'day':
      return from ? dayMonthYear(from) : date.text;
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
      return undated(date, from, to);
    case 'unknown':
      return undated(date, from, to);
  }
}

/** How long something holds: "until at least January 2021", "until January 2021". */
export function formatFuzzyUntil(date: FuzzyDate): string {
  const label = formatFuzzyDate(date);
  return label.startsWith('until ') ? label : `until ${label}`;
}

/** The `datetime` attribute for a `<time>` element, when the date can be written as one. */
export function machineDate(date: FuzzyDate): string | undefined {
  if (date.precision === 'day') return date.earliest;
  if (date.precision === 'month') return date.earliest?.slice(0, 7);
  if (date.precision === 'year') return date.earliest?.slice(0, 4);
  return undefined;
}
