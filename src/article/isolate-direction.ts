// Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms) and
// every explicit direction mark, embedding, override and isolate.
const NEEDS_ISOLATION = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

/**
 * A name from the file, for a sentence made of our words and its: isolated (first strong
 * isolate … pop directional isolate) when it could turn the words after it around, a
 * right-to-left name or one holding a direction control (an unclosed override reversed the rest
 * of the sentence). Any other name is left as it is, so the sentence stays plain text.
 */
export function isolateDirection(name: string): string {
  return NEEDS_ISOLATION.test(name) ? `${FIRST_STRONG_ISOLATE}${name}${POP_DIRECTIONAL_ISOLATE}` : name;
}
