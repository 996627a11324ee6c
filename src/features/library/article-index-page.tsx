import { useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { useArticleIndex } from '../../article/article-index-query';
import type { ArticleIndexEntry } from '../../article/article-index-schema';
import { ArticleList } from './article-list';
import { filterArticles, publisherOptions, readFilters, writeFilters, yearOptions } from './filter-articles';
import { LibraryControls } from './library-controls';
import './library.css';

function countText(shown: number, total: number, filtered: boolean): string {
  const noun = total === 1 ? 'article' : 'articles';
  if (!filtered) return `${total} ${noun}, newest first`;
  if (shown === 0) return `No articles match, of ${total}`;
  return `${shown} of ${total} ${noun} match`;
}

function Library({ entries }: { entries: ArticleIndexEntry[] }) {
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  // Typing stays quick in a list of thousands: the list follows in a deferred render.
  const query = useDeferredValue(filters.query);
  const shown = useMemo(
    () => filterArticles(entries, { ...readFilters(params), query }),
    [entries, params, query],
  );
  const publishers = useMemo(() => publisherOptions(entries), [entries]);
  const years = useMemo(() => yearOptions(entries), [entries]);
  const filtered = filters.query.trim() !== '' || filters.publisher !== '' || filters.year !== '';
  return (
    <>
      <LibraryControls
        filters={filters}
        publishers={publishers}
        years={years}
        onChange={(next) => {
          // Typing replaces the history entry: Back leaves the list, not each letter.
          setParams(writeFilters(next), { replace: true });
        }}
      />
      <p className="pv-library-count" role="status">
        {countText(shown.length, entries.length, filtered)}
      </p>
      {shown.length > 0 && <ArticleList entries={shown} />}
    </>
  );
}

/** Every article on the site, newest first: searchable by headline, publisher, author and date. */
export function ArticleIndexPage() {
  const query = useArticleIndex();
  const heading = useRef<HTMLHeadingElement>(null);
  // Arriving from another page of the app (not on opening the site), focus would be lost with
  // the link that was followed: it goes to the heading, so a screen reader says where it is.
  const arrived = useLocation().key !== 'default';
  useEffect(() => {
    document.title = 'All articles · Provenance';
    if (arrived) heading.current?.focus();
  }, [arrived]);
  return (
    <main className="pv-page pv-library">
      <header className="pv-library-masthead">
        <h1 ref={heading} tabIndex={-1} className="pv-library-title">
          All articles
        </h1>
        <p className="pv-library-intro">Each with its sources, quotations and timeline shown.</p>
      </header>
      {query.isPending && <p role="status">Loading the list of articles…</p>}
      {query.isError && (
        <div role="alert">
          <p>The list of articles could not be loaded: {query.error.message}</p>
          <button type="button" className="pv-button" onClick={() => void query.refetch()}>
            Try again
          </button>
        </div>
      )}
      {query.data && <Library entries={query.data.articles} />}
    </main>
  );
}
