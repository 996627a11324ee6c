/**
 * Bundled articles are validated at build time; index.html carries, for each one that validated
 * unchanged, its name and SHA-256 (scripts/verified-articles.ts). A fetched file with that digest
 * is byte for byte what was validated, so the reader need not load the validator (zod) for it.
 * Any other file, a bundled file edited on the server, or a page without Web Crypto (plain HTTP
 * from another host) is validated as before.
 */
export const VERIFIED_META = 'provenance-verified-articles';

/** The digest the build recorded for article `name`, if it was validated then. */
export function verifiedDigest(name: string, doc: Document = document): string | undefined {
  const meta = doc.querySelector<HTMLMetaElement>(`meta[name="${VERIFIED_META}"]`);
  for (const entry of (meta?.content ?? '').split(/\s+/)) {
    const [entryName, digest] = entry.split(':');
    if (entryName === name && digest) return digest;
  }
  return undefined;
}

function hex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Whether `text`, as UTF-8, has the SHA-256 `digest` (false when it cannot be computed). */
export async function hasDigest(text: string, digest: string): Promise<boolean> {
  if (typeof crypto === 'undefined' || !('subtle' in crypto)) return false;
  try {
    return hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))) === digest;
  } catch {
    return false;
  }
}
