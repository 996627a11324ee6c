/**
 * The reader loads its files from its own folder and nowhere else: fetched with
 * `redirect: 'manual'`, a redirect (which could lead to any host) comes back as an opaque
 * response and is refused with this message, instead of being followed.
 */
export const REDIRECT_MESSAGE =
  'the server answered with a redirect to another address; the reader loads files only from its own folder';

/** A file's URL beside the page (any server, any sub-path). */
export function sameOriginUrl(file: string): URL {
  return new URL(file, document.baseURI);
}

/** Whether a response is the file itself, from the page's own origin, not a redirect. */
export function isFromPage(response: Response): boolean {
  if (response.type === 'opaqueredirect' || response.redirected) return false;
  // Empty for a response made in code (tests, service workers that build one): nothing to check.
  if (response.url === '') return true;
  return new URL(response.url).origin === new URL(document.baseURI).origin;
}
