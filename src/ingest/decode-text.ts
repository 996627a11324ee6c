/**
 * Bytes to text, by the byte-order mark: UTF-16 (little or big endian) or UTF-8, the mark
 * dropped. Without a mark the bytes must be UTF-8, or UTF-16 betrayed by its zero bytes (as
 * Windows tools write it). Browser-safe: TextDecoder only.
 */
export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

function decode(bytes: Uint8Array, encoding: string, skip: number): Decoded {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(skip));
    return { ok: true, text, encoding };
  } catch {
    return { ok: false, reason: `the file is not valid ${encoding.toUpperCase()} text` };
  }
}

/** Where zero bytes fall in the first bytes: every other one, on odd or even places, is UTF-16. */
function utf16Without(bytes: Uint8Array): string | undefined {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4000) & ~1);
  if (sample.length < 4) return undefined;
  let odd = 0;
  let even = 0;
  sample.forEach((b, i) => {
    if (b === 0) {
      if (i % 2 === 1) odd += 1;
      else even += 1;
    }
  });
  const half = sample.length / 2;
  if (odd > half * 0.3 && even === 0) return 'utf-16le';
  if (even > half * 0.3 && odd === 0) return 'utf-16be';
  return undefined;
}

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode(bytes, 'utf-16le', 2);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode(bytes, 'utf-16be', 2);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decode(bytes, 'utf-8', 3);
  const utf16 = utf16Without(bytes);
  if (utf16) return decode(bytes, utf16, 0);
  if (bytes.includes(0)) return { ok: false, reason: 'the file is binary, not plain text' };
  const utf8 = decode(bytes, 'utf-8', 0);
  return utf8.ok ? utf8 : { ok: false, reason: 'the file is not UTF-8 or UTF-16 text (save it as UTF-8)' };
}
