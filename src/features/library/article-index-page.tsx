import { useEffect } from 'react';
import { Link } from 'react-router';
import { useArticleIndex } from '../../article/article-index-query';
import { formatFuzzyDate } from '../../article/format-fuzzy-date';
import { articlePath } from '../../shared/item-path';
import './library.css';

/** The bundled articles, newest first, each with headline, publisher and date. */
export function ArticleIndexPage() {
  const query = useArticleIndex();
  useEffect(() => {
    document.title = 'Articles · Provenance';
  }, []);
  return (
    <main className="pv-page pv-library">
      <h1 className="pv-library-title">Articles</h1>
      {query.isPending && <p role="status">Loading the list of articles…</p>}
      {query.isError && (
        <div role="alert">
          <p>The list of articles could not be loaded: {query.error.message}</p>
          <button type="button" className="pv-button" onClick={() => void query.refetch()}>
            Try again
          </button>
        </div>
      )}
      {query.data && (
        <ul className="pv-library-list">
          {query.data.articles.map((entry) => (
            <li key={entry.name} className="pv-library-entry" lang={entry.language}>
              <p className="pv-kicker">{entry.publisher}</p>
              <h2 className="pv-library-headline">
                <Link to={articlePath(entry.name)}>{entry.headline}</Link>
              </h2>
              <p className="pv-library-date">
                {formatFuzzyDate(entry.published)}
                {entry.published.basis === 'inferred' && ' (inferred)'}
              </p>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
