import { lazy, Suspense, useMemo } from 'react';
import { useLocation } from 'react-router';
import { buildAppPath, parseAppLocation } from '../shared/app-url';

// The desk (with the ingest and the schemas) is its own chunk: readers never download it.
const DeskRoute = lazy(() => import('./desk-route').then((m) => ({ default: m.DeskRoute })));

/**
 * `#/desk` and `#/desk/NAME`, read here in the reader's chunk, which holds the URL contract: the
 * desk's chunk then imports none of the reader's modules that other lazy chunks share, which
 * would make the bundler split them out of the reader's first download (rolldown issue #10731).
 */
export function DeskEntry() {
  const { pathname } = useLocation();
  const location = useMemo(() => parseAppLocation(pathname), [pathname]);
  const name = location.kind === 'desk' ? location.article : null;
  const readerPath = name ? buildAppPath({ kind: 'article', article: name }, name) : undefined;
  return (
    <Suspense fallback={null}>
      <DeskRoute location={location} readerPath={readerPath} />
    </Suspense>
  );
}
