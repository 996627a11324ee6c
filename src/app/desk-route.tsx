import { useMemo } from 'react';
import { useLocation } from 'react-router';
import { DeskPage } from '../features/desk/desk-page';
import { parseAppLocation } from '../shared/app-url';

/** `#/desk` and `#/desk/NAME`: the editor's desk, in its own chunk (readers never load it). */
export function DeskRoute() {
  const { pathname } = useLocation();
  const parsed = useMemo(() => parseAppLocation(pathname), [pathname]);
  if (parsed.kind === 'desk') return <DeskPage key={parsed.article ?? ''} name={parsed.article} />;
  return (
    <main className="pv-desk-message">
      <h1>Nothing to edit</h1>
      <p>{parsed.kind === 'bad-link' ? parsed.reason : 'This desk link does not name an article.'}</p>
      <p>
        <a href="#/desk">Start a new article</a>
      </p>
    </main>
  );
}
