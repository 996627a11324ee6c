import { Activity, lazy, memo, Suspense, useMemo, useState } from 'react';
import { Route, Routes, UNSAFE_LocationContext as LocationContext } from 'react-router';
import { useLeavingReader, type Place } from './leaving-reader';
import { ArticleRoute } from './article-route';
import { DeskEntry } from './desk-entry';
import { loadNegotiationRoute, negotiationRouteIfLoaded } from './negotiation-chunk';
import { ROUTE_PATHS } from './route-paths';

// Embeds load their own chunk: the reader's bundle stays as it was.
const EmbedRoute = lazy(() => import('./embed-route').then((m) => ({ default: m.EmbedRoute })));
// The list of articles too: a reader arrives at an article far more often than at the list.
const ArticleIndexPage = lazy(() =>
  import('../features/library/article-index-page').then((m) => ({ default: m.ArticleIndexPage })),
);
// The negotiation view too: a rarer, full-width view of the events.
const NegotiationRoute = lazy(() => loadNegotiationRoute().then((m) => ({ default: m.NegotiationRoute })));

/** The view at once when the reader has loaded its code, else lazily (decided once per mount). */
function NegotiationEntry() {
  const [loaded] = useState(negotiationRouteIfLoaded);
  if (loaded) return <loaded.NegotiationRoute />;
  return (
    <Suspense fallback={null}>
      <NegotiationRoute />
    </Suspense>
  );
}

function ListLoading() {
  return (
    <main className="pv-page">
      <p role="status">Loading the list of articles…</p>
    </main>
  );
}

/**
 * Routes live in the URL fragment so that dist/ works on any static server, under any
 * sub-path, without rewrite rules. Everything but the index goes to the article route, which
 * reads the URL with the one contract in shared/app-url.ts and explains links it cannot follow.
 * Declarative routes (not a data router): no loaders are needed, and it keeps ~15 KB (gzip) of
 * router code out of the reader's first download.
 */
function RouteTable() {
  return (
    <Routes>
      <Route
        path={ROUTE_PATHS.index}
        element={
          <Suspense fallback={<ListLoading />}>
            <ArticleIndexPage />
          </Suspense>
        }
      />
      <Route
        path={ROUTE_PATHS.embed}
        element={
          <Suspense fallback={null}>
            <EmbedRoute />
          </Suspense>
        }
      />
      <Route path={ROUTE_PATHS.desk} element={<DeskEntry />} />
      <Route path={ROUTE_PATHS.negotiation} element={<NegotiationEntry />} />
      <Route path="*" element={<ArticleRoute />} />
    </Routes>
  );
}

/** The routes under a location of their own: the reader a link has left stays where it was. */
const PlacedRoutes = memo(function PlacedRoutes({ location, type }: Place) {
  const value = useMemo(() => ({ location, navigationType: type }), [location, type]);
  return (
    <LocationContext.Provider value={value}>
      <RouteTable />
    </LocationContext.Provider>
  );
});

/** The pages; a reader a link has left goes after the new page's first frame (leaving-reader.tsx). */
export function AppRoutes() {
  const { onReader, reader } = useLeavingReader();
  return (
    <>
      {reader && (
        <Activity key="reader" mode={onReader ? 'visible' : 'hidden'}>
          <PlacedRoutes location={reader.location} type={reader.type} />
        </Activity>
      )}
      {!onReader && <RouteTable key="page" />}
    </>
  );
}
