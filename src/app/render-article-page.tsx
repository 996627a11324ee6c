import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { QueryClientProvider } from '@tanstack/react-query';
import { UNSAFE_createMemoryHistory as createMemoryHistory } from 'react-router';
import type { Article } from '../article/article-schema';
import { articleQueryOptions } from '../article/article-query';
import { prepareArticle } from '../article/prepare-article';
import { createAppQueryClient } from './query-client';
import { AppRouter } from './router';

/**
 * The reader's HTML for one bundled article, as the browser's first render will produce it
 * (same routes, same query cache contents), so that the page can be hydrated rather than
 * rebuilt. Run at build time only (src/boot/build/first-paint-plugin.ts).
 */
export function renderArticlePage(article: Article, name: string): string {
  const queryClient = createAppQueryClient();
  queryClient.setQueryData(articleQueryOptions(name).queryKey, prepareArticle(article));
  return renderToString(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <AppRouter history={createMemoryHistory({ initialEntries: [`/read/${name}`], v5Compat: true })} />
      </QueryClientProvider>
    </StrictMode>,
  );
}
