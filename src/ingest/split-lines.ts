/**
 * The article's paragraphs: one a line, blank lines dropped. Windows (CRLF) and old Mac (CR) line
 * ends and a byte-order mark are removed; everything else, trailing non-breaking spaces included,
 * is kept verbatim.
 */
export function splitLines(input: string): string[] {
  return input
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .filter((line) => line.trim() !== '');
}
