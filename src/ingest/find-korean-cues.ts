import type { Cue } from './cue';

// Korean reports speech at the sentence's end: 「…」고 말했다 ("said"), 밝혔다 ("stated"), ….
const VERB = String.raw`(?:말했다|밝혔다|전했다|발표했다|설명했다|강조했다|비판했다|주장했다|덧붙였다|지적했다|반박했다|답했다|말한다|밝혔습니다|말했습니다|분석했다|전망했다|내다봤다|평가했다|언급했다|우려했다|경고했다|해명했다|토로했다|호소했다|예상했다|진단했다|(?:논평|답변|언급)(?:을|를)\s*(?:거부했다|거절했다|하지 않았다))`;
// The subject opens the sentence and ends in a topic or subject particle: "시 관계자는". Before a
// quotation it is all the words up to the quotation ("박지은 … 사무국장은 「…」"), since a name may
// itself end in a particle's syllable; otherwise the first word that ends in one.
const WORD = String.raw`[\p{L}\p{N}·]+`;
const SUBJECT = String.raw`(?:(?<src>(?:${WORD}\s+){0,3}${WORD})(?:은|는|이|가)\s*(?=「)|(?<src2>(?:${WORD}\s+){0,3}?${WORD}?)(?:은|는|이|가)(?=\s))`;
const SENTENCE = new RegExp(
  String.raw`(?<=^|[.!?」”]\s+)(?:(?:지난|오는|이날|한편|또|또한|\d+일)\s+)*${SUBJECT}(?<rest>(?:[^.!?」]|[.](?=\d)|「[^」]*」)*?)(?<verb>${VERB})(?=[.!?]|$)`,
  'gu',
);

/** Korean cues: the sentence's subject (particle included) credited by a verb of saying at its end. */
export function findKoreanCues(text: string): Cue[] {
  if (!/\p{Script=Hangul}/u.test(text)) return [];
  const cues: Cue[] = [];
  for (const match of text.matchAll(SENTENCE)) {
    const source = match.groups?.src ?? match.groups?.src2 ?? '';
    if (!/\p{Script=Hangul}/u.test(source) || source.includes('「')) continue;
    const sourceStart = match.index + match[0].indexOf(source);
    cues.push({
      start: sourceStart,
      end: sourceStart + source.length + 1,
      source,
      sourceStart,
      verb: match.groups?.verb ?? '',
      form: /거부|거절|하지 않았다/.test(match.groups?.verb ?? '') ? 'declined' : 'source-verb',
    });
  }
  return cues;
}
