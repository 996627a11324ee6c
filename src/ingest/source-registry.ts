import type { Source } from '../article/sourcing-schema';
import type { IdMaker } from './make-id';
import { NOT_NAME_WORDS, headNoun, isOrganizationName, isPlural } from './source-phrases';

/**
 * The sources an article names, found as the text goes on: "the source" is the last source
 * introduced with that noun, "he" the last person, "Kim" a person named "Kim Jong Un" before.
 */
export type SourceRegistry = {
  sources: Source[];
  resolve: (phrase: string) => Source;
  publication: () => Source;
  reporter: () => Source;
  earlierReport: (date: string | undefined) => Source;
  unidentified: () => Source;
};

/** The name of the stand-in source for words whose speaker the ingest could not find. */
export const UNIDENTIFIED = 'speaker not identified';

const TITLES =
  /^(?:(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Prof|Lt|Col|Capt)\.?|Mayor|President|Premier|Minister|Senator|Governor|General|Judge|Professor|Chief|Councillor|Councilor|Chairman|Chairwoman|Director|Secretary|Ambassador|Comrade|Transport|Foreign|Defense|Defence|Finance|Health|Prime|Deputy|Vice)\s+/;

/** "Dr. Helen Okafor" is Helen Okafor; the titled form stays as an alias. */
function withoutTitles(name: string): string {
  let bare = name;
  while (TITLES.test(bare) && bare.split(/\s+/).length > 2) bare = bare.replace(TITLES, '');
  return bare;
}

/** A surname's full form elsewhere in the text ("Renzi" → "Paolo Renzi"), if there is one. */
function fullName(surname: string, text: string): string | undefined {
  const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(String.raw`((?:\p{Lu}[\p{L}'’.-]*\s+)+)${escaped}(?![\p{L}])`, 'u').exec(text);
  if (!match?.[1]) return undefined;
  const words = withoutTitles(`${match[1]}${surname}`.trim()).split(/\s+/);
  const name = words.filter((w) => !NOT_NAME_WORDS.has(w.toLowerCase())).slice(-2);
  return name.length === 2 ? name.join(' ') : undefined;
}

function lowerFirst(text: string): string {
  return /^(?:A|An|Another|One|The|Two|Three|Several|Some)\b/.test(text)
    ? text.charAt(0).toLowerCase() + text.slice(1)
    : text;
}

export function createSourceRegistry(publisherName: string, makeId: IdMaker, text = ''): SourceRegistry {
  const sources: Source[] = [];
  const named = new Map<string, Source>();
  let lastPerson: Source | undefined;

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
    if (phrase !== source.name && !source.aliases.includes(phrase)) source.aliases.push(phrase);
    return source;
  };
  const remember = (source: Source) => {
    if (source.kind === 'anonymous-person' || source.kind === 'named-person') lastPerson = source;
    return source;
  };

  const byNoun = (noun: string, plural: boolean) =>
    [...sources]
      .reverse()
      .find((s) => s.kind !== 'named-person' && headNoun(s.name) === noun && isPlural(s.name) === plural);

  const resolve = (written: string): Source => {
    const phrase = lowerFirst(written.trim());
    const lower = phrase.toLowerCase();
    const noun = headNoun(phrase);
    if (lower.startsWith('the ') && noun) {
      const earlier = byNoun(noun, isPlural(phrase));
      if (earlier) return remember(alias(earlier, phrase));
    }
    const known = named.get(lower) ?? sources.find((s) => s.aliases.some((a) => a.toLowerCase() === lower));
    if (known) return remember(known);
    if (/^(?:he|she|they)$/.test(lower)) return lastPerson ?? unidentified();
    if (lower === publisherName.toLowerCase()) return once(publisherName, 'publication');
    if (noun && /^[a-z]/.test(phrase)) {
      const plural = isPlural(phrase);
      return remember(create(phrase, plural ? 'group' : 'anonymous-person', true));
    }
    if (noun && isPlural(phrase)) return create(phrase, 'group', false);
    if (isOrganizationName(phrase)) return create(phrase, 'organization', false);
    const surname = [...named.values()].find(
      (s) => s.kind === 'named-person' && s.name.endsWith(` ${phrase}`),
    );
    if (surname) return remember(alias(surname, phrase));
    const bare = withoutTitles(phrase);
    const full = bare.includes(' ') ? bare : (fullName(bare, text) ?? bare);
    const existing = named.get(full.toLowerCase());
    if (existing) return remember(alias(existing, phrase));
    const person = create(full, 'named-person', false);
    if (full !== phrase) alias(person, phrase);
    if (full.includes(' ')) alias(person, full.split(' ').at(-1) ?? full);
    return remember(person);
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
    publication: () => once(publisherName, 'publication'),
    reporter: () => once(`${publisherName}’s analysis`, 'reporter'),
    earlierReport: (date) =>
      once(
        date ? `${publisherName}’s report of ${date}` : `${publisherName}’s earlier report`,
        'earlier-report',
      ),
    unidentified,
  };
}
