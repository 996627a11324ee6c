/**
 * The response headers the reader is meant to be served with: `npm run preview` sends them,
 * docs/serving.md shows them for nginx, Apache and static buckets (a unit test keeps the two
 * equal), and a Chromium test opens every route under them.
 *
 * - `frame-ancestors`: only the listed host origins (and the reader itself, whose embed dialog
 *   shows a preview) may frame the reader. Routes live in the fragment, so the server cannot
 *   tell an embed from the reader: one list for the whole folder.
 * - The rest of the policy is what the app needs and no more: its own scripts, styles, images
 *   (and `data:` images), and fetches from its own origin only.
 */
export function securityHeaders(frameAncestors: readonly string[] = []): Record<string, string> {
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
    `frame-ancestors ${["'self'", ...frameAncestors].join(' ')}`,
  ].join('; ');
  return {
    'Content-Security-Policy': policy,
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
  };
}

/** The host origin docs/serving.md uses as its example. */
export const EXAMPLE_HOST = 'https://intranet.example';

/** Hosts allowed to frame the reader under `npm run preview`: PROVENANCE_FRAME_ANCESTORS, space-separated. */
export function previewFrameAncestors(env: Record<string, string | undefined>): string[] {
  return (env.PROVENANCE_FRAME_ANCESTORS ?? '').split(/\s+/).filter(Boolean);
}
