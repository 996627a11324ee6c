import { Link } from 'react-router';
import type { ArticleIndexEntry } from '../../article/article-index-schema';
import { authorList } from '../../article/byline';
import { formatFuzzyDate } from '../../article/format-fuzzy-date';
import { articlePath } from '../../shared/item-path';

/** The articles as a newspaper's archive lists them: date, publisher, headline, standfirst, byline. */
export function ArticleList({ entries }: { entries: ArticleIndexEntry[] }) {
  return (
    <ol className="pv-library-list">
      {entries.map((entry) => (
        <li key={entry.name} className="pv-library-entry" lang={entry.language}>
          <p className="pv-library-date">
            {formatFuzzyDate(entry.published)}
            {entry.published.basis === 'inferred' && <span className="pv-library-inferred"> inferred</span>}
          </p>
          <div className="pv-library-story">
            <p className="pv-kicker pv-library-publisher">{entry.publisher}</p>
            <h2 className="pv-library-headline">
              <Link to={articlePath(entry.name)}>{entry.headline}</Link>
            </h2>
            {entry.description && <p className="pv-library-dek">{entry.description}</p>}
            {entry.authors.length > 0 && <p className="pv-library-byline">By {authorList(entry.authors)}</p>}
          </div>
        </li>
      ))}
    </ol>
  );
}
