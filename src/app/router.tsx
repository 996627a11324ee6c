import { createHashRouter, type RouteObject } from 'react-router';
import { ArticleIndexPage } from '../features/library/article-index-page';
import { ArticleRoute } from './article-route';

/**
 * Routes live in the URL fragment so that dist/ works on any static server, under any
 * sub-path, without rewrite rules. Everything but the index goes to the article route, which
 * reads the URL with the one contract in shared/app-url.ts and explains links it cannot follow.
 */
export const routes: RouteObject[] = [
  { path: '/articles', element: <ArticleIndexPage /> },
  // Embeds load their own chunk: the reader's bundle stays as it was.
  { path: '/embed/*', lazy: async () => ({ Component: (await import('./embed-route')).EmbedRoute }) },
  { path: '*', element: <ArticleRoute /> },
];

export function createAppRouter() {
  return createHashRouter(routes);
}
