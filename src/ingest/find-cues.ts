import type { Cue } from './cue';
import type { QuoteSpan } from './find-quotes';
import { findKoreanCues } from './find-korean-cues';
import { NAME, NOT_NAME_WORDS, SOURCE } from './source-phrases';

// Verbs of saying in the past and present, "say" included ("officials say").
const VERBS =
  'said|says|say|told|tells|tell|added|adds|explained|noted|stated|claimed|complained|complain|believes|believed|thinks|speculated|reported|reports|warned|warns|insisted|argued|argues|confirmed|denied|estimated|predicted|recalled|wrote|writes|announced|acknowledged|admitted|cautioned|conceded|contended|countered|disclosed|emphasi[sz]ed|observed|pointed out|replied|responded|stressed|testified|showed|shows|found|concluded|alleged|accused|has learned|had reported|has reported|have learned|said in a statement';
// Saying nothing is news too: the source is created, and the sentence credited to it.
const DECLINED = String.raw`(?:declined|refused|did not want|would not|wouldn’t|would not)\s+(?:to\s+)?(?:comment|say|elaborate|discuss|specify|respond|be interviewed|give details|confirm)|did not (?:immediately )?(?:respond|reply|return|answer)|(?:could|can) ?not (?:immediately )?be reached`;
const BELIEF = /^(?:believes|believed|thinks)$/;
const MONTH_DAY = String.raw`(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}`;
const MONTH_NAME =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const OBJECT = String.raw`(?:(?:the\s+)?${NAME}|reporters|journalists|the newspaper|this newspaper|me|us)`;
// ", the mayor," or ", Raymond Cole,": said of the source between commas.
const APPOSITIVE = String.raw`(?:,\s+(?<app>(?:who|a|an|the|speaking|one of)\s[^,“”"]{1,100}|${NAME}),)?`;

const SOURCE_FIRST = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<src>${SOURCE})${APPOSITIVE}\s+(?:also\s+|later\s+|previously\s+|further\s+)?(?<verb>${VERBS}|${DECLINED})(?<rest>(?<=told)\s+${OBJECT}|(?<=reported)\s+(?:on|in)\s+(?:${MONTH_DAY}|${MONTH_NAME}))?(?![\p{L}\p{N}])`,
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

const DECLINED_VERB = new RegExp(`^(?:${DECLINED})$`);

/** The form (a refusal to comment is its own) and the appositive a match carries. */
function details(match: RegExpMatchArray, form: Cue['form']): Pick<Cue, 'form' | 'appositive'> {
  const groups = match.groups ?? {};
  return {
    form: DECLINED_VERB.test(groups.verb ?? '') ? 'declined' : form,
    ...(groups.app ? { appositive: groups.app } : {}),
  };
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
    ...details(match, form),
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
    const rest = src.slice(skip);
    // "the CGT union" keeps its article: a description, not a name opening the sentence.
    const described = /^the\s+$/i.test(src.slice(0, skip)) && /\s\p{Ll}[\p{L}-]*$/u.test(rest);
    if (skip > 0 && (!/^\p{Lu}/u.test(rest) || described)) return fromUntrimmed(match, form, sourceStart);
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
    ...details(match, form),
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
  for (const cue of findKoreanCues(text))
    if (!inQuotedWords(quotes, cue.start, cue.end)) candidates.push(cue);
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
