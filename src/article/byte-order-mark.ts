const BYTE_ORDER_MARK = '\uFEFF';

/**
 * The text without the UTF-8 byte-order mark some editors write first. One is dropped, for the
 * page and `npm run validate` alike (both hand over the file's text as it is); a second is an
 * error, named as such by the JSON message.
 */
export function withoutByteOrderMark(text: string): string {
  return text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
}
