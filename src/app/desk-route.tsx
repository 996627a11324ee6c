import type { AppLocation } from '../shared/app-url';
import { DeskPage } from '../features/desk/desk-page';

type DeskRouteProps = { location: AppLocation; readerPath: string | undefined };

/** The editor's desk for a URL already read by DeskEntry (the reader's chunk). */
export function DeskRoute({ location, readerPath }: DeskRouteProps) {
  if (location.kind === 'desk')
    return <DeskPage key={location.article ?? ''} name={location.article} readerPath={readerPath} />;
  return (
    <main className="pv-desk-message">
      <h1>Nothing to edit</h1>
      <p>{location.kind === 'bad-link' ? location.reason : 'This desk link does not name an article.'}</p>
      <p>
        <a href="#/desk">Start a new article</a>
      </p>
    </main>
  );
}
