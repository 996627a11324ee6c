import type { QuoteSpan } from './find-quotes';
import { NAME, NOT_NAME_WORDS, SOURCE } from './source-phrases';

/** Attributing words: the source phrase and its verb ("said the source", "a source … said"). */
export type Cue = {
  start: number;
  end: number;
  source: string; // the phrase naming the source, as written
  sourceStart: number;
  verb: string;
  form: 'source-verb' | 'verb-source' | 'according-to' | 'inference';
};

const VERBS =
  'said|says|told|added|explained|noted|stated|claimed|complained|believes|believed|thinks|speculated|reported|reports|warned|insisted|argued|confirmed|denied|estimated|predicted|recalled|wrote|announced|has learned|had reported|has reported|have learned';
const BELIEF = /^(?:believes|believed|thinks)$/;
const MONTH_DAY = String.raw`(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}`;
const OBJECT = String.raw`(?:(?:the\s+)?${NAME}|reporters|journalists|the newspaper|this newspaper|me|us)`;
const APPOSITIVE = String.raw`(?:,\s+(?:who|a|an|the|speaking|one of)\s[^,“”"]{1,100},)?`;

const SOURCE_FIRST = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<src>${SOURCE})${APPOSITIVE}\s+(?:also\s+|later\s+|previously\s+|further\s+)?(?<verb>${VERBS})(?<rest>(?<=told)\s+${OBJECT}|(?<=reported)\s+on\s+(?:${MONTH_DAY}))?(?![\p{L}\p{N}])`,
  'gu',
);
const VERB_FIRST = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<verb>said|says|added|explained|noted|asked|continued|insisted|warned|told\s+${OBJECT})\s+(?<src>${SOURCE})(?![\p{L}\p{N}])`,
  'gu',
);
const ACCORDING = new RegExp(
  String.raw`(?<![\p{L}\p{N}])[Aa]ccording to\s+(?<src>${SOURCE})(?![\p{L}\p{N}])`,
  'gu',
);
const INFERENCE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<src>${SOURCE})’s\s+(?:report|account|remarks|comments|information|testimony)\s+(?<verb>suggests|indicates|implies|shows)(?![\p{L}\p{N}])`,
  'gu',
);

function inQuotedWords(quotes: QuoteSpan[], start: number, end: number): boolean {
  return quotes.some((q) => start < q.end && q.start < end);
}

/** Drops sentence-initial words that are not part of a name ("Meanwhile Kim said"). */
function trimNameStart(source: string): number {
  const words = source.split(/(\s+)/);
  let offset = 0;
  for (let i = 0; i < words.length - 1; i += 2) {
    const word = words[i] ?? '';
    if (!NOT_NAME_WORDS.has(word.toLowerCase())) break;
    offset += word.length + (words[i + 1] ?? '').length;
  }
  return offset;
}

function fromUntrimmed(match: RegExpMatchArray, form: Cue['form'], sourceStart: number): Cue {
  const index = match.index ?? 0;
  const source = match.groups?.src ?? '';
  return {
    start: index,
    end: index + match[0].length,
    source,
    sourceStart,
    verb: match.groups?.verb ?? '',
    form,
  };
}

function fromMatch(match: RegExpMatchArray, form: Cue['form']): Cue | null {
  const groups = match.groups ?? {};
  const src = groups.src ?? '';
  const index = match.index ?? 0;
  let start = index;
  let sourceStart = index + match[0].indexOf(src);
  let source = src;
  if (form === 'source-verb' || form === 'inference') {
    const skip = trimNameStart(src);
    if (skip >= src.length) return null;
    if (skip > 0 && !/^\p{Lu}/u.test(src.slice(skip))) return fromUntrimmed(match, form, sourceStart);
    source = src.slice(skip);
    sourceStart += skip;
    start += skip;
  }
  return {
    start,
    end: index + match[0].length,
    source,
    sourceStart,
    verb: groups.verb ?? 'according to',
    form,
  };
}

/** Cues outside quotation marks, in text order, overlapping ones resolved to the earliest. */
export function findCues(text: string, quotes: QuoteSpan[]): Cue[] {
  const candidates: Cue[] = [];
  const add = (pattern: RegExp, form: Cue['form']) => {
    for (const match of text.matchAll(pattern)) {
      const cue = fromMatch(match, form);
      if (!cue || inQuotedWords(quotes, cue.start, cue.end)) continue;
      if (form === 'verb-source' && !/[”",]$/.test(text.slice(0, cue.start).trimEnd())) continue;
      candidates.push(cue);
    }
  };
  add(INFERENCE, 'inference');
  add(ACCORDING, 'according-to');
  add(SOURCE_FIRST, 'source-verb');
  add(VERB_FIRST, 'verb-source');
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const cues: Cue[] = [];
  for (const cue of candidates) {
    const last = cues.at(-1);
    if (last && cue.start < last.end) continue;
    cues.push(cue);
  }
  return cues;
}

/** Belief verbs ("believes") attribute only for people, not for places speaking as wholes. */
export function isBeliefVerb(verb: string): boolean {
  return BELIEF.test(verb);
}
