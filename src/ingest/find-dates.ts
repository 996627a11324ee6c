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
const SEASON = '(?:spring|summer|autumn|fall|winter)';

type Rule = { pattern: RegExp; precision: FuzzyDate['precision']; relative?: boolean };

const RULES: Rule[] = [
  {
    pattern: new RegExp(
      String.raw`(?<month>${MONTH})\s+(?<day>\d{1,2})(?:,\s+(?<year>${YEAR}))?(?!\d)`,
      'gu',
    ),
    precision: 'day',
  },
  {
    pattern: new RegExp(
      String.raw`(?:the\s+)?(?:(?:[Ee]arly|[Mm]id|[Ll]ate)[\s-]|(?:end|beginning|start|middle)\s+of\s+)(?<month>${MONTH})(?:\s+(?<year>${YEAR}))?`,
      'gu',
    ),
    precision: 'part-of-month',
  },
  {
    pattern: /(?:[Tt]he\s+)?(?:end|beginning|start|middle)\s+of\s+(?:this|next|last|the)\s+month/gu,
    precision: 'part-of-month',
    relative: true,
  },
  {
    pattern: new RegExp(
      String.raw`(?:(?:[Oo]n|[Ll]ast|[Tt]his|[Nn]ext|[Aa]s of|[Ll]ate|[Ee]arly)\s+)?${WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?`,
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
    pattern: new RegExp(String.raw`(?:[Nn]ext|[Ll]ast|[Tt]his)\s+(?:${MONTH}|week|month|year)`, 'gu'),
    precision: 'month',
    relative: true,
  },
  {
    pattern: new RegExp(String.raw`(?<month>${MONTH})(?:\s+(?<year>${YEAR}))?(?![\s.]*\d)`, 'gu'),
    precision: 'month',
  },
  { pattern: new RegExp(String.raw`(?<year>${YEAR})(?!\d)`, 'gu'), precision: 'year' },
];

function monthNumber(word: string): number {
  const key = word.slice(0, 3).toLowerCase();
  return MONTH_NAMES.findIndex((m) => m.slice(0, 3).toLowerCase() === key) + 1;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
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
  const month = groups.month ? monthNumber(groups.month) : 0;
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

/** Date expressions in a text, longest first where they overlap, with any "through"/"from" bound. */
export function findDates(text: string): DatePhrase[] {
  const found: DatePhrase[] = [];
  for (const rule of RULES) {
    const pattern = new RegExp(BOUND + rule.pattern.source, rule.pattern.flags);
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (
        /[\p{L}\p{N}]/u.test(text.charAt(end)) ||
        (start > 0 && /[\p{L}\p{N}]/u.test(text.charAt(start - 1)))
      )
        continue;
      if (found.some((d) => start < d.end && d.start < end)) continue;
      const groups = match.groups ?? {};
      const bound = groups.bound?.trim().toLowerCase() ?? '';
      const phrase = match[0];
      const span = interval(phrase, rule.precision, groups);
      const role = bound === '' ? 'point' : /^(?:from|since)/.test(bound) ? 'from' : 'until';
      const precision = role === 'until' ? 'open-bound' : rule.precision;
      const date: FuzzyDate = {
        text: phrase,
        precision,
        basis: 'stated',
        ...(rule.relative ? { relativeTo: 'publication' as const } : {}),
        ...span,
        reasoning: reasoning(span.edtf !== undefined, rule.relative === true),
      };
      found.push({ start, end, date, role });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
