const SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Hangul}/gu, 'ko'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'ja'],
  [/\p{Script=Han}/gu, 'zh'],
  [/\p{Script=Cyrillic}/gu, 'ru'],
  [/\p{Script=Arabic}/gu, 'ar'],
  [/\p{Script=Latin}/gu, 'en'],
];

/** A BCP 47 guess from the script most letters are in; Latin script is taken for English. */
export function detectLanguage(text: string): string {
  let best = { language: 'en', count: 0 };
  for (const [pattern, language] of SCRIPTS) {
    const count = text.match(pattern)?.length ?? 0;
    // Japanese mixes kana with Han: any real share of kana makes it Japanese.
    const weight = language === 'ja' ? count * 3 : count;
    if (weight > best.count) best = { language, count: weight };
  }
  return best.language;
}
