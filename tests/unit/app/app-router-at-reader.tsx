import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { UNSAFE_createMemoryHistory as createMemoryHistory } from 'react-router';
import { vi } from 'vitest';
import { AppRouter } from '../../../src/app/router';
import { SMALL_ARTICLE_FILE, readText } from '../../fixtures/load-fixture';

const small = readText(SMALL_ARTICLE_FILE);

/**
 * The app's routes at the reader of the small test article, served by a stubbed fetch (undo with
 * `vi.unstubAllGlobals()`); the history, to follow links as the router does.
 */
export function renderAppRouterAtReader() {
  vi.stubGlobal('fetch', () => Promise.resolve(new Response(small, { status: 200 })));
  const history = createMemoryHistory({ initialEntries: ['/read/harbour-council-vote'], v5Compat: true });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <AppRouter history={history} />
    </QueryClientProvider>,
  );
  return history;
}
