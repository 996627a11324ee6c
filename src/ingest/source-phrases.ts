/** Regular-expression pieces for the ways news copy names a source ("a source in North Korea"). */

// "Kim", "NK", "Mr.", "U.S.": a point belongs to a word only in titles and initials.
const UPPER_WORD = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Prof|St)\.|\p{Lu}\.(?:\p{Lu}\.)+|\p{Lu}\.(?=\s+\p{Lu})|\p{Lu}[\p{L}\p{N}’'-]*)`;
export const NAME = String.raw`${UPPER_WORD}(?:\s+(?:of\s+|de\s+)?${UPPER_WORD}){0,4}`;

export const SOURCE_NOUN = String.raw`(?:sources?|officials?|residents?|insiders?|diplomats?|spokes(?:person|man|woman)|analysts?|witness(?:es)?|informants?|traders?|merchants?|workers?|experts?|researchers?|officers?|employees?|aides?|lawyers?|doctors?|activists?|defectors?|farmers?|members?|executives?|negotiators?|smugglers?|agents?|engineers?|leaders?|representatives?|managers?|owners?|drivers?|nurses?|teachers?|students?|scientists?|economists?|soldiers?|staff|person|people|police)`;

const DETERMINER = String.raw`(?:[Aa]n?|[Aa]nother|[Oo]ne|[Tt]he|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Aa] second|[Aa] third)`;
const PLACE = String.raw`(?:\s+(?:in|inside|within|from|at|of|near|based in)\s+(?:the\s+)?(?:${NAME}|\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?))?`;
// "a union member who has worked at the port for 22 years"
const RELATIVE = String.raw`(?:\s+who\s+[^,.;“”"]{1,60}?)?`;
const TOPIC = String.raw`(?:\s+(?:familiar with|close to|with knowledge of|involved in|briefed on)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,2}?)?`;

export const ANONYMOUS = String.raw`${DETERMINER}\s+(?:[\p{L}-]+\s+){0,3}?${SOURCE_NOUN}${PLACE}${TOPIC}${RELATIVE}`;
const GROUP_NOUN =
  '(?:officials|sources|residents|analysts|experts|diplomats|witnesses|police|leaders|staff|workers)';
// "city officials", "union leaders and port officials"
const BARE_GROUP = String.raw`(?:[\p{L}-]+\s+)?${GROUP_NOUN}(?:\s+and\s+(?:[\p{L}-]+\s+)?${GROUP_NOUN})?`;
export const PRONOUN = String.raw`(?:[Hh]e|[Ss]he|[Tt]hey)`;

export const SOURCE = String.raw`(?:${ANONYMOUS}|${BARE_GROUP}|${PRONOUN}|(?:[Tt]he\s+)?${NAME})`;

/** Words that start a sentence but never a name: "However Kim said" names Kim. */
export const NOT_NAME_WORDS = new Set(
  'however meanwhile but and then also later earlier still yet so in on at the this that initially instead moreover furthermore according it'.split(
    ' ',
  ),
);

// Places and bodies: "China complained" is an organisation speaking, not a person.
const ORGANIZATION_WORDS =
  /\b(?:Korea|China|Japan|Russia|States|America|Britain|Kingdom|Union|Nations|Beijing|Pyongyang|Seoul|Washington|Tokyo|Moscow|Ministry|Party|Council|Government|Committee|Agency|Association|Department|Police|University|Bank|Company|Corp|Inc|Ltd|Office|Court|Commission|Authority|Authorities|Army|Navy|Institute|Foundation|Board|Service|Group|Club|Hospital|School|Times|News|Post|Herald|Journal|Reuters|Press|Xinhua|Yonhap|KCNA)\b/;

export function isOrganizationName(name: string): boolean {
  return ORGANIZATION_WORDS.test(name);
}

const NOUN_AT_END = new RegExp(String.raw`\b(${SOURCE_NOUN})\b`, 'u');

/** The noun a phrase is about ("source" in "another source inside North Korea"), singular. */
export function headNoun(phrase: string): string | undefined {
  const noun = NOUN_AT_END.exec(phrase.toLowerCase())?.[1];
  if (!noun) return undefined;
  if (noun.endsWith('sses')) return noun.slice(0, -2);
  if (noun.endsWith('s') && !noun.endsWith('ss')) return noun.slice(0, -1);
  return noun;
}

export function isPlural(phrase: string): boolean {
  return /\b(?:sources|officials|residents|insiders|diplomats|analysts|witnesses|informants|traders|merchants|workers|experts|researchers|officers|employees|aides|lawyers|doctors|activists|defectors|farmers|members|executives|negotiators|smugglers|people|police)\b/i.test(
    phrase,
  );
}
