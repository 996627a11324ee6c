import { MONTH_NAMES, MONTHS } from '../../article/format-fuzzy-date';
import type { FuzzyDate } from '../../article/fuzzy-date-schema';
import type { DayInterval } from '../../article/order-events';

/**
 * How an event sits on the time axis: a known day is a point, a stretch of days a bracket, a
 * bound with one side open a bracket drawn open on that side, and an event the text gives no
 * date a dotted stretch ("order known, date not").
 */
export type AxisMark = 'point' | 'bracket' | 'open-start' | 'open-end' | 'undated';

export function axisMark(when: FuzzyDate): AxisMark {
  if (when.precision === 'unknown') return 'undated';
  if (!when.earliest && !when.latest) return 'undated';
  if (!when.earliest) return 'open-start';
  if (!when.latest) return 'open-end';
  return when.earliest === when.latest ? 'point' : 'bracket';
}

type Day = { year: number; month: number; day: number };

function parseDay(iso: string): Day {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  return { year, month: month - 1, day };
}

const lastOfMonth = (d: Day) => new Date(Date.UTC(d.year, d.month + 1, 0)).getUTCDate();

function dayText(d: Day, year: boolean): string {
  return `${MONTHS[d.month] ?? ''} ${d.day}${year ? `, ${d.year}` : ''}`;
}

/**
 * An interval as short as it can honestly be written: "Oct. 26", "Nov. 1–10", "October",
 * "Oct. 1 – Nov. 30", "by Oct. 26", "from Jan. 1"; the year only when asked for.
 */
export function spanText({ earliest, latest }: DayInterval, year: boolean): string {
  const from = earliest ? parseDay(earliest) : undefined;
  const to = latest ? parseDay(latest) : undefined;
  if (!from && !to) return 'date not stated';
  if (!from && to) return `by ${dayText(to, year)}`;
  if (from && !to) return `from ${dayText(from, year)}`;
  if (!from || !to) return '';
  const tail = year ? ` ${to.year}` : '';
  if (from.day === 1 && to.day === lastOfMonth(to) && from.year === to.year) {
    if (from.month === to.month) return `${MONTH_NAMES[from.month] ?? ''}${tail}`;
    return `${MONTH_NAMES[from.month] ?? ''}–${MONTH_NAMES[to.month] ?? ''}${tail}`;
  }
  if (earliest === latest) return dayText(from, year);
  if (from.year === to.year && from.month === to.month)
    return `${MONTHS[from.month] ?? ''} ${from.day}–${to.day}${year ? `, ${to.year}` : ''}`;
  return `${dayText(from, year && from.year !== to.year)} – ${dayText(to, year)}`;
}

/** What the axis says beside a run of rows: the interval, or that only the order is known. */
export function axisLabel(mark: AxisMark, when: FuzzyDate, year: boolean): string {
  if (mark === 'undated') return 'order known, date not';
  return spanText(when, year);
}
