/**
 * The build validates each article it renders and records, on that article's page, the file's
 * SHA-256 (`verifiedDigest` below reads it). A fetched file with that digest is
 * byte for byte what was validated, so the reader need not load the validator (zod) for it. Any
 * other file, a file edited on the server since, or a page without Web Crypto (plain HTTP from
 * another host) is validated as before.
 */
function hex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Whether the file's `bytes`, as received, have the SHA-256 `digest` (false when it cannot be computed). */
export async function hasDigest(bytes: ArrayBuffer, digest: string): Promise<boolean> {
  if (typeof crypto === 'undefined' || !('subtle' in crypto)) return false;
  try {
    // The bytes as received, which is what the build hashed (the file), not the text decoded
    // and encoded again.
    return hex(await crypto.subtle.digest('SHA-256', bytes)) === digest;
  } catch {
    return false;
  }
}

/** `<meta name=…>`: `name:sha256` of the article the build validated (and rendered) unchanged. */
export const VERIFIED_META = 'provenance-verified-articles';

/** The digest the build recorded for `name` on this page, if it validated the file then. */
export function verifiedDigest(name: string, doc: Document): string | undefined {
  const meta = doc.querySelector(`meta[name="${VERIFIED_META}"]`);
  for (const entry of (meta?.getAttribute('content') ?? '').split(/\s+/)) {
    const [entryName, digest] = entry.split(':');
    if (entryName === name && digest) return digest;
  }
  return undefined;
}
