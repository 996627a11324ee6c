import type { Source } from '../article/sourcing-schema';

const CHANNELS: [RegExp, NonNullable<Source['channel']>['type']][] = [
  [/\b[Ii]n an? (?:phone|telephone) (?:conversation|call|interview) with [\p{L} ]+?(?=[,.]| on )/u, 'phone'],
  [/\bby (?:tele)?phone\b/, 'phone'],
  [
    /\b[Ii]n an? (?:face-to-face |in-person )?(?:interview|meeting) with [\p{L} ]+?(?=[,.]| on )/u,
    'in-person',
  ],
  [/\b(?:by|via|in an) e-?mail\b/, 'email'],
  [
    /\b(?:via|through|over) (?:a |an )?(?:messaging app|messenger|text messages?|WeChat|Telegram|Signal|WhatsApp|KakaoTalk)\b/,
    'messaging',
  ],
];

/** How the source was reached, in the sentence's own words ("In a phone conversation with …"). */
export function findChannel(sentence: string): Source['channel'] {
  for (const [pattern, type] of CHANNELS) {
    const match = pattern.exec(sentence);
    if (match) return { type, text: match[0] };
  }
  return undefined;
}

const ANONYMITY =
  /\b(?:speaking on condition of anonymity|on condition of anonymity|who (?:asked|requested) not to be (?:named|identified)|(?:because|as) (?:he|she|they) (?:was|were|is|are) not authori[sz]ed to [^.,;]+)/;

/** The stated reason for anonymity, verbatim, if the sentence gives one. */
export function findAnonymityReason(sentence: string): string | undefined {
  return ANONYMITY.exec(sentence)?.[0];
}
