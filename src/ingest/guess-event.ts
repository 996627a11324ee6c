import type { EventKind } from '../article/event-schema';
import { NOT_NAME_WORDS } from './source-phrases';
import type { Span } from './text-range';

const KINDS: [RegExp, EventKind][] = [
  [/\bpropos\w*/g, 'proposal'],
  [/\b(?:reject\w*|turned down|refus\w*)/g, 'rejection'],
  [/\bobject(?:ed|s|ing|ion)\b/g, 'objection'],
  [/\bagree(?:d|s|ment)?\b/g, 'agreement'],
  [/\border(?:ed|s)?\b/g, 'order'],
  [/\breport(?:ed|s)?\b/g, 'report'],
  [/\b(?:decid\w*|decision)/g, 'decision'],
  [/\boutbreaks?\b/g, 'outbreak'],
  [/\b(?:request\w*|asked for)/g, 'request'],
  [/\b(?:met|meeting|meets)\b/g, 'meeting'],
  [/\b(?:said|says|told|announced|declared|conversation|interview)\b/g, 'statement'],
];

/** The event kind named by the verb nearest the date phrase ("proposed" → proposal). */
export function guessKind(sentence: string, date: Span): EventKind {
  let best: { kind: EventKind; distance: number } = { kind: 'other', distance: Infinity };
  for (const [pattern, kind] of KINDS) {
    for (const match of sentence.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      const distance = end <= date.start ? date.start - end : Math.max(0, start - date.end);
      if (distance < best.distance) best = { kind, distance };
    }
  }
  return best.kind;
}

const DEMONYMS: Record<string, string> = {
  'North Korean': 'North Korea',
  'South Korean': 'South Korea',
  Chinese: 'China',
  Japanese: 'Japan',
  Russian: 'Russia',
  American: 'United States',
  British: 'United Kingdom',
};
const CALENDAR =
  /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Comrade|Mr|Mrs|Ms)/;
const PROPER = /\p{Lu}[\p{L}\p{N}-]*(?:\s+\p{Lu}[\p{L}\p{N}-]*)*/gu;

const PRONOUNS =
  /^(?:I|We|They|He|She|It|You|My|Our|Their|His|Her|Its|Nobody|No|Some|Many|Officials?|Residents?)$/;

/**
 * The first proper name in the sentence outside the date phrase: a rough subject ("North Korea").
 * A lone capitalised word opening the sentence counts only if the text capitalises it elsewhere.
 */
export function guessActor(sentence: string, date: Span, text = sentence): string | undefined {
  for (const match of sentence.matchAll(PROPER)) {
    const start = match.index;
    if (start < date.end && date.start < start + match[0].length) continue;
    const lone = !match[0].includes(' ');
    if (lone && PRONOUNS.test(match[0])) continue;
    if (
      lone &&
      /^\P{L}*$/u.test(sentence.slice(0, start)) &&
      !new RegExp(String.raw`[\p{L},;] ${match[0]}\b`, 'u').test(text)
    )
      continue;
    const words = match[0]
      .split(/\s+/)
      .filter((w) => !NOT_NAME_WORDS.has(w.toLowerCase()) && !CALENDAR.test(w));
    if (words.length === 0) continue;
    const name = words.join(' ').replace(/[’']s$/, '');
    if (name.length < 2) continue;
    return DEMONYMS[name] ?? name;
  }
  return undefined;
}
