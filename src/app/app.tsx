import { useEffect, useState } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { UNSAFE_createHashHistory as createHashHistory } from 'react-router';
import { AppRouter } from './router';
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
  // As react-router's HashRouter makes it; v5Compat: pushes and replaces reach the listener too.
  const [history] = useState(() => createHashHistory({ v5Compat: true }));
  return (
    <QueryClientProvider client={queryClient}>
      <AppRouter history={history} />
    </QueryClientProvider>
  );
}
