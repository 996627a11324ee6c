import { lazy, memo, startTransition, Suspense, useLayoutEffect, useState } from 'react';
import {
  matchPath,
  NavigationType as Navigation,
  Route,
  Router,
  Routes,
  type Location,
  type NavigationType,
  type Navigator,
} from 'react-router';
import { speedMeasureOn } from '../boot/speed-measures';
import { PageShownContext } from '../shared/page-shown';
import { useLeavingReader, type Place } from './leaving-reader';
import { ArticleRoute } from './article-route';
import { DeskEntry } from './desk-entry';
import { loadNegotiationRoute, negotiationRouteIfLoaded } from './negotiation-chunk';
import { samePlace, usePageAhead } from './page-ahead';
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

/** What the app's router needs of a history (react-router's hash or memory history, v5Compat). */
export type AppHistory = Navigator & {
  readonly action: NavigationType;
  readonly location: Location;
  listen(listener: (update: { action: NavigationType; location: Location }) => void): () => void;
};

// One element for every slot: a slot's router re-rendered with the same place bails out here.
const ROUTE_TABLE = <RouteTable />;

type ReaderSlotProps = Place & { history: AppHistory; shown: boolean };

/**
 * The reader under a router of its own, in a box that hides it. When a link leaves the reader,
 * nothing above this slot changes but `shown`, so no context change walks the long article's
 * thousands of components (or wakes its held-back runs) at the click (decision 012).
 */
const ReaderSlot = memo(function ReaderSlot({ location, type, history, shown }: ReaderSlotProps) {
  return (
    <div className="pv-reader-slot" hidden={!shown}>
      <Router location={location} navigationType={type} navigator={history}>
        {ROUTE_TABLE}
      </Router>
    </div>
  );
});

type PageSlotProps = Place & { history: AppHistory; shown: boolean };

/**
 * The page other than the reader: shown, or drawn ahead of a click out of sight (laid out but
 * invisible, its outward effects held back by `PageShownContext`). When the click comes, only
 * `shown` changes: React re-renders what reads it and the browser does not style or lay the
 * page out again, so the click pays for painting it (decision 012).
 */
const PageSlot = memo(function PageSlot({ location, type, history, shown }: PageSlotProps) {
  return (
    <div className="pv-page-slot" data-ahead={shown ? undefined : ''}>
      <PageShownContext.Provider value={shown}>
        <Router location={location} navigationType={type} navigator={history}>
          {ROUTE_TABLE}
        </Router>
      </PageShownContext.Provider>
    </div>
  );
});

/** Pages drawn ahead: those whose code is here, so they render at once (the negotiation view). */
function canDrawAhead(pathname: string): boolean {
  return (
    speedMeasureOn('page-ahead') &&
    negotiationRouteIfLoaded() !== undefined &&
    matchPath(ROUTE_PATHS.negotiation, pathname) !== null
  );
}

/**
 * The place the page slot's router is given: the page drawn ahead while on the reader, else
 * the place itself, except that a page drawn ahead for the very place a click then leads to
 * keeps the location it was drawn with (a new one would re-render all of it).
 */
function usePagePlace(place: Place, onReader: boolean, ahead: Location | null): Place | null {
  const wanted: Place | null = onReader ? ahead && { location: ahead, type: Navigation.Push } : place;
  const [drawn, setDrawn] = useState(wanted);
  let next = drawn;
  if (!wanted) next = null;
  else if (!drawn || !samePlace(drawn.location, wanted.location) || drawn.type !== wanted.type) next = wanted;
  if (next !== drawn) setDrawn(next);
  return next;
}

/**
 * The app's pages over `history` (the URL fragment in the browser; memory when pre-rendering and
 * in tests). A new URL applies in a transition, as react-router's own routers do. The reader a
 * link has left goes after the new page's first frame (leaving-reader.tsx).
 */
export function AppRouter({ history }: { history: AppHistory }) {
  const [place, setPlace] = useState<Place>(() => ({ location: history.location, type: history.action }));
  useLayoutEffect(
    () =>
      history.listen(({ action, location }) => {
        startTransition(() => {
          setPlace({ location, type: action });
        });
      }),
    [history],
  );
  const { onReader, reader } = useLeavingReader(place);
  const ahead = usePageAhead(onReader, canDrawAhead);
  const page = usePagePlace(place, onReader, ahead);
  return (
    <>
      {reader && <ReaderSlot key="reader" {...reader} history={history} shown={onReader} />}
      {page && <PageSlot key="page" {...page} history={history} shown={!onReader} />}
    </>
  );
}
