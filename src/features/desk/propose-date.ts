import type { FuzzyDate } from '../../article/fuzzy-date-schema';
import { findDates } from '../../ingest/find-dates';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY_MS = 86_400_000;

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function utc(year: number, month: number, dayOfMonth: number): Date {
  return new Date(Date.UTC(year, month, dayOfMonth));
}

function lastDay(year: number, month: number): number {
  return utc(year, month + 1, 0).getUTCDate();
}

/** The publication day when the article states one; relative phrases count from it. */
function publicationDay(published: FuzzyDate | undefined): Date | undefined {
  if (!published?.earliest || published.earliest !== published.latest) return undefined;
  return new Date(`${published.earliest}T00:00:00Z`);
}

function publicationYear(published: FuzzyDate | undefined): number | undefined {
  const year = published?.earliest?.slice(0, 4) ?? published?.latest?.slice(0, 4);
  return year ? Number(year) : undefined;
}

function interval(
  text: string,
  base: Partial<FuzzyDate>,
  from: Date,
  to: Date,
  reasoning: string,
): FuzzyDate {
  const earliest = day(from);
  const latest = day(to);
  return {
    text,
    precision: base.precision ?? 'unknown',
    basis: 'inferred',
    ...(base.relativeTo ? { relativeTo: base.relativeTo } : {}),
    ...(base.precision === 'open-bound' ? { latest } : { earliest, latest }),
    edtf:
      base.precision === 'open-bound'
        ? `../${latest}`
        : earliest === latest
          ? earliest
          : `${earliest}/${latest}`,
    reasoning,
  };
}

function partOfMonth(lower: string, year: number, month: number): [Date, Date] {
  const end = lastDay(year, month);
  if (/early|beginning|start/.test(lower)) return [utc(year, month, 1), utc(year, month, 10)];
  if (/mid|middle/.test(lower)) return [utc(year, month, 11), utc(year, month, 20)];
  if (/end|late/.test(lower)) return [utc(year, month, 21), utc(year, month, end)];
  return [utc(year, month, 1), utc(year, month, end)];
}

/** A weekday the text names, counted from publication: the last one before it, or the next after. */
function weekday(lower: string, pub: Date): [Date, Date] | undefined {
  const index = WEEKDAYS.findIndex((name) => lower.includes(name));
  if (index < 0) return undefined;
  const forward = /\bnext\b/.test(lower);
  const shift = forward ? (index - pub.getUTCDay() + 7) % 7 || 7 : -((pub.getUTCDay() - index + 7) % 7);
  const date = new Date(pub.getTime() + shift * DAY_MS);
  return [date, date];
}

/**
 * Proposes the interval a date phrase names, given the publication date: the editor confirms it.
 * A phrase with its year is taken as stated; one without borrows the publication's year (or the
 * year before, for a month after publication); a relative phrase ("on Wednesday", "the end of
 * this month", "next January") counts from the publication day. Nothing more is invented: with
 * no publication date, a phrase without a year stays without a calendar day.
 */
export function proposeDate(phrase: string, published: FuzzyDate | undefined): FuzzyDate {
  const text = phrase.trim();
  const found = findDates(text)[0]?.date;
  if (found?.earliest || found?.latest) return { ...found, text };
  const base: Partial<FuzzyDate> = found ?? {};
  const lower = text.toLowerCase();
  const pub = publicationDay(published);
  const pubYear = publicationYear(published);
  const said = published?.text ?? 'the publication date';
  if (pub && found?.precision === 'weekday') {
    const span = weekday(lower, pub);
    if (span)
      return interval(text, base, span[0], span[1], `The weekday counted from publication (${day(pub)}).`);
  }
  if (pub && /\b(this|next|last)\s+month\b/.test(lower)) {
    const offset = /\bnext\b/.test(lower) ? 1 : /\blast\b/.test(lower) ? -1 : 0;
    const first = utc(pub.getUTCFullYear(), pub.getUTCMonth() + offset, 1);
    const [from, to] = partOfMonth(
      lower.replace(/\b(this|next|last)\s+month\b/, ''),
      first.getUTCFullYear(),
      first.getUTCMonth(),
    );
    return interval(text, base, from, to, `The month counted from publication (${day(pub)}).`);
  }
  const monthIndex = MONTHS.findIndex((m) => new RegExp(`\\b${m}`, 'i').test(lower));
  if (monthIndex >= 0 && pubYear !== undefined) {
    const pubMonth = pub?.getUTCMonth() ?? Number(published?.earliest?.slice(5, 7) ?? 1) - 1;
    const forward = /\b(next|through|until|till)\b/.test(lower);
    // Without "next", a month after the publication month is last year's (news looks back).
    const year = forward
      ? monthIndex <= pubMonth
        ? pubYear + 1
        : pubYear
      : monthIndex > pubMonth
        ? pubYear - 1
        : pubYear;
    const dayMatch = /\b(\d{1,2})\b/.exec(lower);
    const [from, to] =
      (base.precision === 'day' || base.precision === 'open-bound') && dayMatch
        ? [utc(year, monthIndex, Number(dayMatch[1])), utc(year, monthIndex, Number(dayMatch[1]))]
        : partOfMonth(lower, year, monthIndex);
    return interval(
      text,
      base,
      from,
      to,
      `The year is not stated: taken from the publication date (${said}).`,
    );
  }
  return {
    text,
    precision: base.precision ?? 'unknown',
    basis: 'stated',
    ...(base.relativeTo ? { relativeTo: base.relativeTo } : {}),
  };
}
