import { createHashRouter, type RouteObject } from 'react-router';
import { ArticleRoute } from './article-route';
import { UnknownRoute } from './unknown-route';

/**
 * Routes live in the URL fragment (`#/read/NAME`) so that dist/ works on any static server,
 * under any sub-path, without rewrite rules.
 */
export const routes: RouteObject[] = [
  { path: '/', element: <ArticleRoute /> },
  // One route for both, so moving between items keeps the page (and its open cards) mounted.
  { path: '/read/:articleName/:itemId?', element: <ArticleRoute /> },
  { path: '*', element: <UnknownRoute /> },
];

export function createAppRouter() {
  return createHashRouter(routes);
}
