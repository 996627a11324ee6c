import type { Source } from '../article/sourcing-schema';
import type { IdMaker } from './make-id';
import { NOT_NAME_WORDS, headOf, isOrganizationName, isPlural } from './source-phrases';

/**
 * The sources an article names, found as the text goes on: "the source" is the last source
 * introduced with that noun (or described so: "a port employee" … "the employee"), "he" the last
 * person, "it" the last organisation, "Kim" a person named "Kim Jong Un" before.
 */
export type SourceRegistry = {
  sources: Source[];
  resolve: (phrase: string) => Source;
  /** Records another way the text names a source ("the superintendent"). */
  describe: (source: Source, phrase: string) => void;
  publication: () => Source;
  reporter: () => Source;
  earlierReport: (date: string | undefined, outlet?: string) => Source;
  unidentified: () => Source;
};

/** The name of the stand-in source for words whose speaker the ingest could not find. */
export const UNIDENTIFIED = 'speaker not identified';

// Words of a title before a name: "Deputy Industry Minister Lee Soo-yeon" is Lee Soo-yeon.
const TITLE_WORDS = new Set(
  'mr mrs ms dr gen sen rep gov prof lt col capt sgt mayor president premier minister senator governor general judge justice professor chief executive officer councillor councilor chairman chairwoman chair director secretary ambassador comrade deputy vice superintendent commissioner spokesman spokeswoman spokesperson head sheriff prosecutor attorney adviser advisor analyst economist manager treasurer chancellor speaker representative admiral colonel captain sergeant lieutenant inspector bishop king queen prince princess principal dean founder chief-executive ceo cfo coo microbiologist'.split(
    ' ',
  ),
);

/** Splits "Chief Executive Park Min-jae" into its title and the name after the last title word. */
function splitTitle(name: string): { title: string; bare: string } {
  const words = name.split(/\s+/);
  let last = -1;
  words.forEach((word, i) => {
    if (i < words.length - 1 && TITLE_WORDS.has(word.replace(/\.$/, '').toLowerCase())) last = i;
  });
  return { title: words.slice(0, last + 1).join(' '), bare: words.slice(last + 1).join(' ') };
}

/** A surname's full form elsewhere in the text ("Renzi" → "Paolo Renzi"), if there is one. */
function fullName(surname: string, text: string): string | undefined {
  const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(String.raw`((?:\p{Lu}[\p{L}'’.-]*\s+)+)${escaped}(?![\p{L}])`, 'u').exec(text);
  if (!match?.[1]) return undefined;
  const words = splitTitle(`${match[1]}${surname}`.trim()).bare.split(/\s+/);
  const name = words.filter((w) => !NOT_NAME_WORDS.has(w.toLowerCase())).slice(-2);
  return name.length === 2 ? name.join(' ') : undefined;
}

function lowerFirst(text: string): string {
  return /^(?:A|An|Another|One|The|Two|Three|Four|Several|Some|Many|Other|Both|Its|Their|His|Her)\b/.test(
    text,
  )
    ? text.charAt(0).toLowerCase() + text.slice(1)
    : text;
}

/** "the institute" → "the Lindqvist Institute"; "the company" → "a recycling company": its first mention. */
function antecedent(noun: string, text: string): string | undefined {
  const named = new RegExp(
    String.raw`(?:\b[Tt]he\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){1,3}${noun.charAt(0).toUpperCase()}${noun.slice(1)}\b`,
    'u',
  ).exec(text)?.[0];
  if (named) return named.replace(/^The\s/, 'the ');
  return new RegExp(String.raw`\b(?:an?)\s+(?:[\p{Ll}-]+\s+){0,2}${noun}\b`, 'u').exec(text)?.[0];
}

const KINDS = { person: 'anonymous-person', organization: 'organization', document: 'document' } as const;

export function createSourceRegistry(publisherName: string, makeId: IdMaker, text = ''): SourceRegistry {
  const sources: Source[] = [];
  const named = new Map<string, Source>();
  const recency = new Map<Source, number>();
  let clock = 0;
  let lastPerson: Source | undefined;
  let lastOrganization: Source | undefined;

  const create = (name: string, kind: Source['kind'], anonymous: boolean): Source => {
    const source: Source = {
      id: makeId('src', name, 6),
      name,
      kind,
      aliases: [],
      anonymity: { anonymous },
      draft: true,
    };
    sources.push(source);
    named.set(name.toLowerCase(), source);
    return source;
  };
  const once = (name: string, kind: Source['kind']) =>
    named.get(name.toLowerCase()) ?? create(name, kind, false);
  const alias = (source: Source, phrase: string) => {
    const written = lowerFirst(phrase.trim());
    if (written.toLowerCase() !== source.name.toLowerCase() && !source.aliases.includes(written))
      source.aliases.push(written);
    return source;
  };
  const remember = (source: Source) => {
    recency.set(source, (clock += 1));
    if (source.kind === 'anonymous-person' || source.kind === 'named-person') lastPerson = source;
    if (source.kind === 'organization' || source.kind === 'group') lastOrganization = source;
    return source;
  };

  // The source most recently named or described with this head noun.
  const byNoun = (noun: string, plural: boolean) =>
    [...sources]
      .filter((s) => [s.name, ...s.aliases].some((n) => headOf(n)?.noun === noun && isPlural(n) === plural))
      .sort((a, b) => (recency.get(b) ?? 0) - (recency.get(a) ?? 0))[0];

  const person = (phrase: string): Source => {
    const surname = [...named.values()].find(
      (s) => s.kind === 'named-person' && s.aliases.some((a) => a.toLowerCase() === phrase.toLowerCase()),
    );
    if (surname) return remember(surname);
    const { title, bare } = splitTitle(phrase);
    const full = bare.includes(' ') ? bare : (fullName(bare, text) ?? bare);
    const existing = named.get(full.toLowerCase());
    if (existing) return remember(alias(existing, phrase));
    const created = create(full, 'named-person', false);
    if (full !== phrase) alias(created, phrase);
    if (title) alias(created, `the ${title.toLowerCase()}`);
    const words = full.split(' ');
    // "Park Min-jae": a hyphenated given name comes last, so the family name is the first word.
    const family = words.at(-1)?.includes('-') ? words[0] : words.at(-1);
    if (words.length > 1 && family) alias(created, family);
    return remember(created);
  };

  // Korean names the kind by its last word: 관계자 "official", 서울시 "Seoul city", 노조 "union".
  const korean = (written: string): Source => {
    // "시공사인 대한건설" ("the builder, Daehan"): a leading description in the copula form goes.
    const phrase = written.replace(/^\p{Script=Hangul}{2,}인\s+(?=\S)/u, '');
    const known = named.get(phrase.toLowerCase()) ?? sources.find((s) => s.aliases.includes(phrase));
    if (known) return remember(known);
    // "이 국장": a family name and a title stand for the person named in full before.
    const short = /^(\p{Script=Hangul})\s+(\p{Script=Hangul}+)$/u.exec(phrase);
    const earlier = short
      ? [...sources]
          .reverse()
          .find((s) => s.name.startsWith(short[1] ?? '') && s.name.endsWith(short[2] ?? ''))
      : undefined;
    if (earlier) return remember(alias(earlier, phrase));
    if (/(?:관계자|소식통|주민|전문가|관리|당국자)$/.test(phrase))
      return remember(create(phrase, 'anonymous-person', true));
    if (/(?:시|도|군|구|부|처|청|원|위원회|회|단체|노조|당|사|은행|정부|연대|공단|공사)$/.test(phrase))
      return remember(create(phrase, 'organization', false));
    return remember(create(phrase, 'named-person', false));
  };

  const resolve = (written: string): Source => {
    if (/\p{Script=Hangul}/u.test(written)) return korean(written.trim());
    const phrase = lowerFirst(written.trim());
    const lower = phrase.toLowerCase();
    const head = headOf(phrase);
    if (/^(?:he|she|they)$/.test(lower)) return lastPerson ?? unidentified();
    if (lower === 'it') return lastOrganization ?? unidentified();
    if (/^(?:one|two|some|many|most|both) of (?:them|those)$/.test(lower))
      return remember(create(phrase, lower.startsWith('one ') ? 'anonymous-person' : 'group', true));
    if (lower.startsWith('the ') && head) {
      const earlier = byNoun(head.noun, isPlural(phrase));
      if (earlier) return remember(alias(earlier, phrase));
    }
    const known = named.get(lower) ?? sources.find((s) => s.aliases.some((a) => a.toLowerCase() === lower));
    if (known) return remember(known);
    if (lower === publisherName.toLowerCase()) return once(publisherName, 'publication');
    if (head && /^[\p{Ll}\p{N}]/u.test(phrase)) {
      if (lower.startsWith('the ') && head.kind !== 'person' && lower.split(/\s+/).length === 2) {
        const first = antecedent(head.noun, text);
        if (first && first.toLowerCase() !== lower) {
          const found = named.get(first.toLowerCase()) ?? create(first, KINDS[head.kind], false);
          return remember(alias(found, phrase));
        }
      }
      const plural = isPlural(phrase);
      if (head.kind === 'person')
        return remember(create(phrase, plural ? 'group' : 'anonymous-person', true));
      return remember(create(phrase, KINDS[head.kind], false));
    }
    if (head && isPlural(phrase)) return remember(create(lowerFirst(phrase), 'group', false));
    if (isOrganizationName(phrase)) return remember(create(phrase, 'organization', false));
    return person(phrase);
  };

  const unidentified = () => {
    const source = once(UNIDENTIFIED, 'anonymous-person');
    source.anonymity = { anonymous: true };
    source.description = 'Editorial: the ingest found no speaker for these words; name one or remove it.';
    return source;
  };

  return {
    sources,
    resolve,
    describe: (source, phrase) => {
      alias(source, phrase);
    },
    publication: () => once(publisherName, 'publication'),
    reporter: () => once(`${publisherName}’s analysis`, 'reporter'),
    earlierReport: (date, outlet = publisherName) =>
      once(date ? `${outlet}’s report of ${date}` : `${outlet}’s earlier report`, 'earlier-report'),
    unidentified,
  };
}
