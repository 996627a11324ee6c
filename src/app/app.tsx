import { useEffect } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { HashRouter } from 'react-router';
import { AppRoutes } from './router';
import { APP_ATTRIBUTE, APP_READY } from '../boot/contract';

/**
 * Says on `<html data-pv-app="ready">` that the app has taken over the page: the pre-rendered
 * HTML is hydrated (its controls now work) or replaced. Tests and scripts wait for it.
 */
function useMarkReady() {
  useEffect(() => {
    document.documentElement.setAttribute(APP_ATTRIBUTE, APP_READY);
  }, []);
}

/** The whole app in the browser: routes in the URL fragment, one query cache. */
export function App({ queryClient }: { queryClient: QueryClient }) {
  useMarkReady();
  return (
    <QueryClientProvider client={queryClient}>
      <HashRouter>
        <AppRoutes />
      </HashRouter>
    </QueryClientProvider>
  );
}
