/** Characters a message would print as nothing (or as a reordering): named instead. */
const NAMES: Record<string, string> = {
  '\uFEFF': 'byte-order mark',
  '\u200B': 'zero-width space',
  '\u200C': 'zero-width non-joiner',
  '\u200D': 'zero-width joiner',
  '\u2060': 'word joiner',
  '\u00A0': 'no-break space',
  '\u00AD': 'soft hyphen',
  '\u200E': 'left-to-right mark',
  '\u200F': 'right-to-left mark',
  '\u202A': 'left-to-right embedding',
  '\u202B': 'right-to-left embedding',
  '\u202C': 'pop directional formatting',
  '\u202D': 'left-to-right override',
  '\u202E': 'right-to-left override',
  '\u2066': 'left-to-right isolate',
  '\u2067': 'right-to-left isolate',
  '\u2068': 'first strong isolate',
  '\u2069': 'pop directional isolate',
  '\u2028': 'line separator',
  '\u2029': 'paragraph separator',
  ' ': 'space',
  '\t': 'tab',
  '\n': 'line feed',
  '\r': 'carriage return',
};

const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u00A0]/gu;

/** The code point of one character as Unicode writes it: U+FEFF. */
export function codePoint(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** One character by code point and name: [U+0009 tab]. */
export function describeCharacter(character: string): string {
  const name = NAMES[character];
  return `[${codePoint(character)}${name ? ` ${name}` : ''}]`;
}

/**
 * Replaces invisible, control and direction characters in a message with their names, so that
 * "Unexpected token '' (an invisible U+FEFF between the quotes)" reads "Unexpected token '[U+FEFF byte-order mark]'".
 */
export function nameInvisibleCharacters(text: string): string {
  return text.replace(INVISIBLE, describeCharacter);
}
