import { QueryClient } from '@tanstack/react-query';

export function createAppQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Bounded exponential backoff; the article query narrows retries to network failures.
      queries: { retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4000), refetchOnWindowFocus: false },
    },
  });
}
