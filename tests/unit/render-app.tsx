import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { UNSAFE_createMemoryHistory as createMemoryHistory } from 'react-router';
import { vi } from 'vitest';
import { AppRouter } from '../../src/app/router';

type FakeResponse = { status: number; body: string } | 'offline';

/**
 * Renders the app's routes at `path` with a fresh QueryClient, answering article fetches from
 * `respond` (by file name) instead of the network.
 */
export function renderApp(path: string, respond: (file: string) => FakeResponse) {
  const fetchMock = vi.fn((input: URL) => {
    const file = input.pathname.split('/').pop() ?? '';
    const answer = respond(file);
    if (answer === 'offline') return Promise.reject(new TypeError('Failed to fetch'));
    return Promise.resolve(new Response(answer.body, { status: answer.status }));
  });
  vi.stubGlobal('fetch', fetchMock);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, retryDelay: 0 } } });
  const view = render(
    <QueryClientProvider client={queryClient}>
      <AppRouter history={createMemoryHistory({ initialEntries: [path], v5Compat: true })} />
    </QueryClientProvider>,
  );
  return { ...view, fetchMock };
}
