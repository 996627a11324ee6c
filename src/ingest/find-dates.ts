import type { FuzzyDate } from '../article/fuzzy-date-schema';
import { MONTH_NAMES } from '../article/format-fuzzy-date';

/** A date expression in a block, with what the text alone can say about it. */
export type DatePhrase = {
  start: number;
  end: number;
  date: FuzzyDate;
  role: 'point' | 'until' | 'from';
};

const MONTH = String.raw`(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|Mar\.|April|Apr\.|May|June|July|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`;
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const YEAR = String.raw`(?:19|20)\d{2}`;
const BOUND = String.raw`(?<bound>(?:[Tt]hrough|[Uu]ntil|[Tt]ill|[Bb]efore|[Bb]y|[Ff]rom|[Ss]ince)\s+(?:at least\s+)?)?`;
// Korean bounds follow the date: 7월부터 "from July", 2015년 이후 "since 2015", 12일까지 "until the 12th".
const SUFFIX = String.raw`(?<suffix>\s?(?:부터|까지|이후|이전|이내))?`;
const SEASON = '(?:spring|summer|autumn|fall|winter)';
// A bare month name is a date only after a preposition: "in May", not "May" the verb or a name.
const MONTH_CONTEXT = String.raw`(?<=(?:\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Tt]hrough|[Dd]uring|[Oo]f|[Bb]efore|[Aa]fter|[Tt]ill|[Ee]arly|[Ll]ate|[Mm]id|[Ll]ast|[Nn]ext|[Tt]his|[Ss]ince|least)[\s-]+))`;
const NTH: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
};

type Interval = { earliest?: string; latest?: string; edtf?: string };
type Rule = {
  pattern: RegExp;
  precision: FuzzyDate['precision'];
  relative?: boolean;
  role?: 'until'; // "within days": a limit, not a point
  span?: (groups: Record<string, string | undefined>, year: number | undefined) => Interval;
};

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function days(year: number, fromMonth: number, fromDay: number, toMonth: number, toDay: number): Interval {
  const a = `${year}-${pad(fromMonth)}-${pad(fromDay)}`;
  const b = `${year}-${pad(toMonth)}-${pad(toDay)}`;
  return { earliest: a, latest: b, edtf: `${a}/${b}` };
}

const RULES: Rule[] = [
  {
    pattern: new RegExp(
      String.raw`(?<month>${MONTH})\s+(?<day>\d{1,2})(?:,\s+(?<year>${YEAR}))?(?!\d)`,
      'gu',
    ),
    precision: 'day',
  },
  {
    // "the first week of August": seven days of the month, not the whole month
    pattern: new RegExp(
      String.raw`(?:the\s+)?(?<nth>first|second|third|fourth|last|final)\s+week\s+of\s+(?<month>${MONTH})(?:\s+(?<year>${YEAR}))?`,
      'gu',
    ),
    precision: 'part-of-month',
    span: (g, year) => {
      const month = monthNumber(g.month ?? '');
      if (year === undefined || month < 1) return {};
      const end = lastDay(year, month);
      const n = NTH[g.nth ?? ''] ?? 0;
      const from = n > 0 ? 1 + 7 * (n - 1) : end - 6;
      return days(year, month, from, month, n > 0 ? Math.min(from + 6, end) : end);
    },
  },
  {
    pattern: new RegExp(
      String.raw`(?:the\s+)?(?:(?:[Ee]arly|[Mm]id|[Ll]ate)[\s-]|(?:end|beginning|start|middle)\s+of\s+)(?<month>${MONTH})(?:\s+(?<year>${YEAR}))?`,
      'gu',
    ),
    precision: 'part-of-month',
  },
  {
    // "the end of 2026": part of a year, so precision "year", the interval the whole year
    pattern: new RegExp(
      String.raw`(?:[Tt]he\s+)?(?:end|beginning|start|middle)\s+of\s+(?<year>${YEAR})(?!\d)`,
      'gu',
    ),
    precision: 'year',
  },
  {
    pattern:
      /(?:[Ee]arly|[Mm]id|[Ll]ate)[\s-](?:this|next|last)\s+month|(?:[Tt]he\s+)?(?:end|beginning|start|middle)\s+of\s+(?:this|next|last|the)\s+month/gu,
    precision: 'part-of-month',
    relative: true,
  },
  {
    // "the second half of 2019", "the first quarter": coarser than a month, so precision "year",
    // with the interval narrowed to the half or quarter when the year is given.
    pattern: new RegExp(
      String.raw`(?:(?:[Tt]he|[Ii]ts|[Tt]his\s+year[’']s|[Ll]ast\s+year[’']s)\s+)?(?<nth>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?<unit>half|quarter)(?:\s+of\s+(?:(?<year>${YEAR})|(?:this|next|last|the)\s+year))?|(?<q>Q[1-4])\s+(?<year2>${YEAR})`,
      'gu',
    ),
    precision: 'year',
    relative: true,
    span: (g, year) => {
      if (year === undefined) return {};
      const n = g.q ? Number(g.q.slice(1)) : (NTH[g.nth ?? ''] ?? 1);
      const months = g.unit === 'half' ? 6 : 3;
      const from = (n - 1) * months + 1;
      const to = from + months - 1;
      return days(year, from, 1, to, lastDay(year, to));
    },
  },
  {
    pattern: new RegExp(
      // "on a Saturday morning", "every Monday": a habit, not a date
      String.raw`(?<!\b(?:[Aa]|[Ee]very|[Ee]ach|[Oo]n a)\s)(?:(?:[Oo]n|[Ll]ast|[Tt]his|[Nn]ext|[Aa]s of|(?:[Ll]ate|[Ee]arly)(?:\s+on)?)\s+)?${WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?`,
      'gu',
    ),
    precision: 'weekday',
    relative: true,
  },
  {
    pattern: /(?:(?:[Oo]ver|[Dd]uring|[Oo]n)\s+)?(?:the|this|last|next)\s+weekend/gu,
    precision: 'weekday',
    relative: true,
  },
  {
    // Holidays name a day (or a few); the year only when given.
    pattern: new RegExp(
      String.raw`(?:(?:[Oo]n|[Aa]t|[Oo]ver)\s+)?(?:Christmas(?:\s+(?:Day|Eve))?|New\s+Year[’']s(?:\s+(?:Day|Eve))?|Easter|Thanksgiving|Lunar\s+New\s+Year|Chuseok|Seollal|Ramadan|Eid(?:\s+al-\p{L}+)?|Diwali|Hanukkah|Passover)(?:\s+(?<year>${YEAR}))?`,
      'gu',
    ),
    precision: 'weekday',
    relative: true,
  },
  {
    pattern: new RegExp(String.raw`(?:[Ee]arly|[Mm]id|[Ll]ate)[\s-](?<year>${YEAR})(?!\d)`, 'gu'),
    precision: 'year',
  },
  {
    pattern: new RegExp(
      String.raw`(?:(?:[Ll]ast|[Tt]his|[Nn]ext|[Ee]arly|[Ll]ate)\s+${SEASON}(?:\s+(?<year>${YEAR}))?|${SEASON}\s+(?<year2>${YEAR}))`,
      'gu',
    ),
    precision: 'year',
    relative: true,
  },
  {
    pattern: /(?:the\s+)?(?:year-end|year[’']s end|end of (?:the|this|next) year)/gu,
    precision: 'year',
    relative: true,
  },
  {
    // Relative to a date given earlier in the text, not to publication.
    pattern:
      /(?:[Tt]he\s+)?(?:following|previous|preceding)\s+(?<unit>day|week|month|year)|(?:a|one|two|three|a few|several)\s+(?<unit2>day|week|month|year)s?\s+(?:later|earlier)/gu,
    precision: 'weekday',
  },
  {
    pattern: new RegExp(
      String.raw`(?:[Nn]ext|[Ll]ast|[Tt]his)\s+(?:(?<unit>week)|${MONTH}|month|(?<unit2>year))`,
      'gu',
    ),
    precision: 'month',
    relative: true,
  },
  {
    pattern:
      /[Ww]ithin\s+(?:the\s+(?:next|coming)\s+)?(?:(?:a|one|two|three|a few|several|\d+)\s+)?(?:hours?|days?|weeks?|months?)/gu,
    precision: 'open-bound',
    relative: true,
    role: 'until',
  },
  {
    pattern: /[Rr]ecently|[Ii]n recent (?:days|weeks|months)|[Ee]arlier this (?:week|month|year)/gu,
    precision: 'unknown',
    relative: true,
  },
  {
    pattern: new RegExp(
      String.raw`(?<month>${MONTH})\s+(?<year>${YEAR})(?!\d)|${MONTH_CONTEXT}(?<month2>${MONTH})(?![\s.]*\d)(?![\p{L}])`,
      'gu',
    ),
    precision: 'month',
  },
  { pattern: new RegExp(String.raw`(?<year>${YEAR})(?!\d)(?![\p{L}])`, 'gu'), precision: 'year' },
  // Korean: 2024년 3월 12일, 3월, 2015년, 다음 주, 내년
  {
    pattern: /(?:(?:지난|오는)\s*)?(?:(?<year>\d{4})년\s*)?(?:(?<month>\d{1,2})월\s*)?(?<day>\d{1,2})일/gu,
    precision: 'day',
  },
  {
    pattern: /(?:(?:지난|오는)\s*)?(?:(?<year>\d{4})년\s*)?(?<month>\d{1,2})월/gu,
    precision: 'month',
  },
  {
    // 상반기/하반기 "first/second half", 1분기 "first quarter": coarser than a month
    pattern:
      /(?:(?:(?<year>\d{4})년|내년|올해|지난해|작년)\s*)?(?:(?<half>상|하)반기|(?<quarter>[1-4])분기)/gu,
    precision: 'year',
    relative: true,
    span: (g, year) => {
      if (year === undefined) return {};
      const [from, to] = g.half
        ? g.half === '상'
          ? [1, 6]
          : [7, 12]
        : [Number(g.quarter) * 3 - 2, Number(g.quarter) * 3];
      return days(year, from, 1, to, lastDay(year, to));
    },
  },
  { pattern: /(?<year>\d{4})년/gu, precision: 'year' },
  { pattern: /(?:다음|지난|이번)\s?달\s*\d{1,2}일/gu, precision: 'day', relative: true },
  { pattern: /(?:다음|지난|이번)\s?주/gu, precision: 'part-of-month', relative: true },
  { pattern: /(?:다음|지난|이번)\s?달/gu, precision: 'month', relative: true },
  { pattern: /내년|올해|지난해|작년|연말/gu, precision: 'year', relative: true },
];

/** Precision by the unit a relative phrase names: "next week" is finer than a month. */
function unitPrecision(groups: Record<string, string | undefined>, precision: FuzzyDate['precision']) {
  const unit = groups.unit ?? groups.unit2;
  if (unit === 'week') return 'part-of-month';
  if (unit === 'month') return 'month';
  if (unit === 'year') return 'year';
  if (unit === 'half' || unit === 'quarter') return 'year';
  return precision;
}

function monthNumber(word: string): number {
  if (/^\d+$/.test(word)) return Number(word);
  const key = word.slice(0, 3).toLowerCase();
  return MONTH_NAMES.findIndex((m) => m.slice(0, 3).toLowerCase() === key) + 1;
}

/** The interval a phrase names, only when the text gives its year: never an invented day. */
function interval(
  text: string,
  precision: FuzzyDate['precision'],
  groups: Record<string, string | undefined>,
) {
  const stated = groups.year ?? groups.year2;
  const year = stated ? Number(stated) : undefined;
  if (year === undefined) return {};
  const monthWord = groups.month ?? groups.month2;
  const month = monthWord ? monthNumber(monthWord) : 0;
  if (precision === 'year') return { earliest: `${year}-01-01`, latest: `${year}-12-31`, edtf: String(year) };
  if (month < 1) return {};
  const ym = `${year}-${pad(month)}`;
  const end = lastDay(year, month);
  if (precision === 'day') {
    const day = Number(groups.day);
    if (day < 1 || day > end) return {};
    return { earliest: `${ym}-${pad(day)}`, latest: `${ym}-${pad(day)}`, edtf: `${ym}-${pad(day)}` };
  }
  if (precision === 'part-of-month') {
    const lower = text.toLowerCase();
    const [from, to] = /early|beginning|start/.test(lower)
      ? [1, 10]
      : /mid|middle/.test(lower)
        ? [11, 20]
        : [21, end];
    return {
      earliest: `${ym}-${pad(from)}`,
      latest: `${ym}-${pad(to)}`,
      edtf: `${ym}-${pad(from)}/${ym}-${pad(to)}`,
    };
  }
  return { earliest: `${ym}-01`, latest: `${ym}-${pad(end)}`, edtf: ym };
}

function reasoning(hasInterval: boolean, relative: boolean): string {
  if (hasInterval) return 'The text states the date, year included.';
  if (relative)
    return 'Relative to the publication date, which the text does not state; no calendar date given.';
  return 'The text does not state the year, so no calendar date is given.';
}

/** Letters or digits glued to a phrase's edge make it part of a longer word; Korean particles excepted. */
function glued(text: string, start: number, end: number): boolean {
  const after = text.charAt(end);
  const gluedAfter = /[\p{L}\p{N}]/u.test(after) && !/\p{Script=Hangul}/u.test(text.charAt(end - 1) + after);
  return gluedAfter || (start > 0 && /[\p{L}\p{N}]/u.test(text.charAt(start - 1)));
}

function roleOf(bound: string, suffix: string, rule: Rule): DatePhrase['role'] {
  if (rule.role) return rule.role;
  if (/^(?:from|since)/.test(bound) || /부터|이후/.test(suffix)) return 'from';
  if (bound !== '' || /까지|이전|이내/.test(suffix)) return 'until';
  return 'point';
}

/** Date expressions in a text, longest first where they overlap, with any "through"/"from" bound. */
export function findDates(text: string): DatePhrase[] {
  const found: DatePhrase[] = [];
  for (const rule of RULES) {
    const pattern = new RegExp(BOUND + `(?:${rule.pattern.source})` + SUFFIX, rule.pattern.flags);
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (match[0].trim() === '' || glued(text, start, end)) continue;
      if (found.some((d) => start < d.end && d.start < end)) continue;
      const groups = match.groups ?? {};
      const bound = groups.bound?.trim().toLowerCase() ?? '';
      const phrase = match[0];
      const stated = groups.year ?? groups.year2;
      const precision0 = unitPrecision(groups, rule.precision);
      const span = rule.span
        ? rule.span(groups, stated ? Number(stated) : undefined)
        : interval(phrase, precision0, groups);
      const role = roleOf(bound, groups.suffix ?? '', rule);
      const precision = role === 'until' ? 'open-bound' : precision0;
      const relative = rule.relative === true && span.edtf === undefined;
      const date: FuzzyDate = {
        text: phrase,
        precision,
        basis: 'stated',
        ...(relative ? { relativeTo: 'publication' as const } : {}),
        ...span,
        reasoning: reasoning(span.edtf !== undefined, relative),
      };
      found.push({ start, end, date, role });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
