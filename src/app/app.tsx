import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { createAppQueryClient } from './query-client';
import { createAppRouter } from './router';
import { prefetchLinkedArticle } from './prefetch-article';

const queryClient = createAppQueryClient();
prefetchLinkedArticle(queryClient);
const router = createAppRouter();

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
