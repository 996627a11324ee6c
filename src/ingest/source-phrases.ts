/** Regular-expression pieces for the ways news copy names a source ("a source in North Korea"). */

/** "analysts" → "[Aa]nalysts": a noun that may open a sentence. */
function either(words: string): string {
  return words
    .split('|')
    .map((w) => (/^\p{Ll}/u.test(w) ? `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${w.slice(1)}` : w))
    .join('|');
}

// "Kim", "NK", "Mr.", "U.S.": a point belongs to a word only in titles and initials.
const UPPER_WORD = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Prof|St)\.|\p{Lu}\.(?:\p{Lu}\.)+|\p{Lu}\.(?=\s+\p{Lu})|\p{Lu}[\p{L}\p{N}’'-]*)`;
export const NAME = String.raw`${UPPER_WORD}(?:\s+(?:of\s+|de\s+|van\s+|von\s+|da\s+|del\s+|&\s+|and\s+(?=\p{Lu}[\p{L}’'-]*\s+(?:&|Co|Partners|Sons)))?${UPPER_WORD}){0,4}`;

// People a story quotes without naming them, by what they are.
const PERSON_NOUNS =
  'sources?|officials?|opponents?|proponents?|backers?|campaigners?|residents?|insiders?|diplomats?|spokes(?:person|man|woman)|spokespeople|analysts?|witness(?:es)?|informants?|traders?|merchants?|workers?|experts?|researchers?|scientists?|officers?|employees?|aides?|lawyers?|attorneys?|doctors?|activists?|defectors?|farmers?|members?|executives?|negotiators?|smugglers?|agents?|engineers?|leaders?|representatives?|managers?|owners?|drivers?|nurses?|teachers?|students?|economists?|soldiers?|parents?|investors?|bankers?|lawmakers?|legislators?|organi[sz]ers?|protesters?|users?|customers?|passengers?|patients?|voters?|staff|person|people|police|adviser|advisers|advisor|advisors|consultants?|critics?|supporters?|colleagues?|neighbou?rs?|relatives?|friends?|planners?|inspectors?|auditors?|regulators?|prosecutors?|investigators?|observers?|participants?|delegates?';
// Offices a person holds: "the superintendent", "the minister".
const TITLE_NOUNS =
  'minister|mayor|president|premier|chancellor|chairman|chairwoman|chair|director|secretary|superintendent|governor|senator|commissioner|chief|head|ambassador|judge|envoy|administrator|principal|dean|professor|ceo|founder|treasurer|sheriff|coroner|councillor|councilor|councilman|councilwoman'
    .split('|')
    .map((title) => (/(?:man|woman)$/.test(title) ? title : `${title}s?`))
    .join('|');
// Bodies that speak as one: "the agency", "South Korea’s largest shipbuilder".
const ORGANIZATION_NOUNS =
  'sides?|camp|delegations?|government|ministry|agency|company|companies|firm|group|bank|lender|insurer|carrier|airline|operator|retailer|utility|exchange|regulator|authority|authorities|council|union|board|court|department|committee|commission|office|administration|military|army|navy|party|coalition|campaign|hospital|school|district|university|institute|laboratory|lab|cent(?:er|re)|foundation|association|federation|league|club|team|network|broadcaster|newspaper|outlet|website|city|county|state|province|port|plant|embassy|consulate|parliament|congress|assembly|cabinet|presidency|\\p{Ll}*(?:maker|builder|producer|manufacturer)';
// Documents that say things: "a company filing seen by Reuters", "a county memo".
const DOCUMENT_NOUNS =
  'memo|memorandum|report|filing|document|letter|study|survey|statement|records|data|presentation|contract|audit|notice|complaint|lawsuit|ruling|transcript|e-?mail|minutes|proposal|analysis|note|assessment|draft|invoice|budget|review|paper|poll';

export const SOURCE_NOUN = `(?:${either(PERSON_NOUNS)})`;
const HEAD_NOUN = `(?:${either(PERSON_NOUNS)}|${either(TITLE_NOUNS)}|${either(ORGANIZATION_NOUNS)}|${either(DOCUMENT_NOUNS)})`;

const DETERMINER = String.raw`(?:[Aa]n?|[Aa]nother|[Oo]ne(?:\s+of\s+the)?|[Tt]he|[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Ss]ome|[Mm]any|[Oo]ther|[Bb]oth|[Aa] (?:second|third|fourth)|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|${NAME}[’']s)`;
const PLACE = String.raw`(?:\s+(?:in|inside|within|from|at|of|near|based in|for)\s+(?:(?:the|a|an)\s+)?(?:${NAME}(?:\s+\p{Ll}[\p{L}-]*)?|\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?(?:\s+of\s+${NAME})?))?`;
// "a union member who has worked at the port for 22 years"
const RELATIVE = String.raw`(?:\s+who\s+[^,.;“”"]{1,60}?)?`;
const TOPIC = String.raw`(?:\s+(?:familiar with|close to|with (?:[\p{L}-]+\s+)?knowledge of|involved in|briefed on|knowledgeable about)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,2}?)?`;
// "a company filing seen by Reuters"
const SEEN_BY = String.raw`(?:\s+(?:seen|obtained|reviewed|viewed)\s+by\s+(?:the\s+)?${NAME})?`;

// Up to three modifiers, none of them a verb or a clause's start: "a district budget memo".
const MODIFIER = String.raw`(?!(?:said|says|say|told|tells|that|and|or|but|who|which|was|were|is|are|had|has|have|will|would)\s)[\p{L}’'-]+\s+`;
export const ANONYMOUS = String.raw`${DETERMINER}\s+(?:${MODIFIER}){0,3}${HEAD_NOUN}${PLACE}${TOPIC}${SEEN_BY}${RELATIVE}`;
// "city officials", "union leaders and port officials", "Analysts at Daeyang Securities"
const BARE_GROUP = String.raw`(?:(?!(?:and|or|but|that)\s)[\p{L}-]+\s+)?(?:${either('opponents|supporters|officials|sources|residents|analysts|experts|diplomats|witnesses|police|leaders|staff|workers|researchers|scientists|economists|investors|traders|critics|lawmakers|prosecutors|investigators|authorities|negotiators|executives|teachers|parents|doctors|nurses')})(?:\s+and\s+(?:[\p{L}-]+\s+)?(?:officials|leaders|workers|residents|experts))?${PLACE}`;
export const PRONOUN = String.raw`(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t)`;

// "One of them, a manager who …, said": one of a group named before.
export const PART_OF = String.raw`(?:[Oo]ne|[Tt]wo|[Ss]ome|[Mm]any|[Mm]ost|[Bb]oth) of (?:them|those)`;

export const SOURCE = String.raw`(?:${ANONYMOUS}|${PART_OF}|${BARE_GROUP}|${PRONOUN}|(?:[Tt]he\s+)?${NAME})`;

/** Words that start a sentence but never a name: "However Kim said" names Kim. */
export const NOT_NAME_WORDS = new Set(
  'however meanwhile but and then also later earlier still yet so in on at the this that initially instead moreover furthermore according it'.split(
    ' ',
  ),
);

// Places and bodies: "China complained" is an organisation speaking, not a person.
const ORGANIZATION_WORDS =
  /\b(?:Korea|China|Japan|Russia|States|America|Britain|Kingdom|Union|Nations|Beijing|Pyongyang|Seoul|Washington|Tokyo|Moscow|Ministry|Party|Council|Government|Committee|Agency|Association|Department|Police|University|Bank|Company|Corp|Inc|Ltd|LLC|PLC|AG|SA|Office|Court|Commission|Authority|Authorities|Army|Navy|Institute|Foundation|Board|Service|Group|Club|Hospital|School|Times|News|Post|Herald|Journal|Gazette|Tribune|Chronicle|Courier|Observer|Telegraph|Daily|Wire|Reuters|Press|Xinhua|Yonhap|KCNA|Securities|Holdings|Capital|Partners|Airlines?|Motors|Electronics|Energy|Industries|Systems|Technologies|Labs?|Federation|League|Network|Media|Broadcasting|Television|Radio)\b/;

export function isOrganizationName(name: string): boolean {
  return ORGANIZATION_WORDS.test(name);
}

const PERSON_HEAD = new RegExp(String.raw`\b(${PERSON_NOUNS}|${TITLE_NOUNS})\b`, 'u');
const ORGANIZATION_HEAD = new RegExp(String.raw`\b(${ORGANIZATION_NOUNS})\b`, 'u');
const DOCUMENT_HEAD = new RegExp(String.raw`\b(${DOCUMENT_NOUNS})\b`, 'u');

function singular(noun: string): string {
  if (noun === 'people') return 'person';
  if (noun === 'authorities') return 'authority';
  if (noun.endsWith('sses')) return noun.slice(0, -2);
  if (noun.endsWith('s') && !noun.endsWith('ss')) return noun.slice(0, -1);
  return noun;
}

/** The last noun of a phrase's head ("source" in "another source inside North Korea"), singular. */
function lastMatch(pattern: RegExp, phrase: string): string | undefined {
  const core =
    phrase
      .toLowerCase()
      .split(
        /\s+(?:who|in|inside|within|from|at|near|familiar|close|with|briefed|seen|obtained|reviewed|based)\s/,
      )[0] ?? '';
  const global = new RegExp(pattern.source, 'gu');
  return [...core.matchAll(global)].at(-1)?.[1];
}

export type HeadKind = 'person' | 'organization' | 'document';

/** What a descriptive phrase is about, and its head noun in the singular. */
export function headOf(phrase: string): { noun: string; kind: HeadKind } | undefined {
  const candidates: [string | undefined, HeadKind][] = [
    [lastMatch(DOCUMENT_HEAD, phrase), 'document'],
    [lastMatch(ORGANIZATION_HEAD, phrase), 'organization'],
    [lastMatch(PERSON_HEAD, phrase), 'person'],
  ];
  const core = phrase.toLowerCase();
  let best: { noun: string; kind: HeadKind; at: number } | undefined;
  for (const [noun, kind] of candidates) {
    if (!noun) continue;
    const at = core.lastIndexOf(noun);
    if (!best || at > best.at) best = { noun, kind, at };
  }
  return best ? { noun: singular(best.noun), kind: best.kind } : undefined;
}

/** The person-noun a phrase is about ("source" in "another source inside North Korea"), singular. */
export function headNoun(phrase: string): string | undefined {
  return headOf(phrase)?.noun;
}

export function isPlural(phrase: string): boolean {
  const lower = phrase.toLowerCase();
  if (/^(?:one|each|either|neither|an?|another)\s/.test(lower)) return false;
  const head = lastMatch(new RegExp(String.raw`\b(${PERSON_NOUNS}|${ORGANIZATION_NOUNS})\b`, 'u'), lower);
  return head !== undefined && singular(head) !== head && !/ss$/.test(head);
}
