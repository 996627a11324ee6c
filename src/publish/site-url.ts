/**
 * Where the built site will be served, when known at build time. Pages, the JSON-LD and the
 * oEmbed files need absolute URLs to be of use to crawlers, chat unfurls and CMSs, but a build
 * cannot know its own address: the deployer says it with PROVENANCE_SITE_URL (the address of
 * the directory holding index.html, e.g. `https://news.example/provenance/`). Without it, what
 * can be relative is (the canonical link), and what cannot is left out (og:url, oEmbed).
 */
export const SITE_URL_ENV = 'PROVENANCE_SITE_URL';

/** The site's address, normalised to end in `/`, or undefined when none is set. */
export function parseSiteUrl(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(
      `${SITE_URL_ENV}: "${value}" is not an absolute URL (e.g. https://news.example/provenance/)`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`${SITE_URL_ENV}: "${value}" must be an http or https address`);
  if (url.search || url.hash || url.username || url.password)
    throw new Error(`${SITE_URL_ENV}: "${value}" must not hold a query, fragment or credentials`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/** A page of the built site: its path from the site's root and, when known, the site's address. */
export type SitePage = {
  /** This page's path from the site's root: `` for index.html, `NAME.html`, `a/b.html`. */
  path: string;
  /** The site's absolute address (parseSiteUrl), when known. */
  siteUrl?: string | undefined;
};

/**
 * The URL of `target` (a path from the site's root) as written in `page`: absolute when the
 * site's address is known, else relative to the page, so it works on any server and sub-path.
 */
export function siteHref(target: string, page: SitePage): string {
  if (page.siteUrl) return new URL(target, page.siteUrl).href;
  const depth = page.path.split('/').length - 1;
  const relative = '../'.repeat(depth) + target;
  return relative === '' ? './' : relative;
}

/** The absolute URL of `target`, or undefined when the site's address is not known. */
export function absoluteHref(target: string, siteUrl: string | undefined): string | undefined {
  return siteUrl ? new URL(target, siteUrl).href : undefined;
}
