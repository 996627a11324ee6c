import { matchPath } from 'react-router';

/**
 * The router's page patterns, written once: the routes (router.tsx) and the start-up's guess at
 * which page a link opens (linked-article.ts) must agree, or the start-up hydrates the
 * pre-rendered article where the router renders another page (React error #418).
 */
export const ROUTE_PATHS = {
  index: '/articles',
  embed: '/embed/*',
  desk: '/desk/*',
  negotiation: '/negotiation/*',
} as const;

/** Whether the router sends `pathname` to a page other than the reader (index, embed, desk, negotiation view). */
export function isOtherPage(pathname: string): boolean {
  return Object.values(ROUTE_PATHS).some((pattern) => matchPath(pattern, pathname) !== null);
}
