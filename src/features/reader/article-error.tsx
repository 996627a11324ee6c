import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { ArticleLoadError } from '../../article/article-load-error';
import { AllArticlesLink } from '../../shared/all-articles-link';

type ArticleErrorProps = { error: Error; retrying: boolean; onRetry: () => void };

const TITLES: Record<ArticleLoadError['kind'], string> = {
  'bad-name': 'That is not an article name',
  'not-found': 'Article not found',
  network: 'The article could not be loaded',
  invalid: 'The article file has problems',
};

const ADVICE: Record<ArticleLoadError['kind'], string> = {
  'bad-name': 'Check the link you followed.',
  'not-found': 'Check the link, or ask whoever published it whether the file has moved.',
  network: 'Check your connection and try again.',
  invalid: 'An editor can fix the file and check it with npm run validate; then try again.',
};

const MAX_SHOWN = 50;

/** Says what went wrong (file, field path, reason) and offers a way on. */
export function ArticleError({ error, retrying, onRetry }: ArticleErrorProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const known = error instanceof ArticleLoadError ? error : null;
  const kind = known?.kind ?? 'network';
  const problems = known?.problems ?? [{ path: '', message: error.message }];
  const unshown = Math.max(0, problems.length - MAX_SHOWN) + (known?.more ?? 0);
  return (
    <main className="pv-page pv-message pv-message--error">
      <div role="alert">
        <h1 ref={heading} tabIndex={-1}>
          {TITLES[kind]}
        </h1>
        {known && (
          <p>
            File: <code>{known.file}</code>
          </p>
        )}
        <ul className="pv-problems">
          {problems.slice(0, MAX_SHOWN).map((problem, i) => (
            <li key={i}>
              {problem.path && <code className="pv-problem-path">{problem.path}</code>} {problem.message}
            </li>
          ))}
        </ul>
        {unshown > 0 && <p>…and {unshown.toLocaleString('en')} more problems.</p>}
        <p>{ADVICE[kind]}</p>
      </div>
      <p className="pv-actions">
        <button type="button" className="pv-button" onClick={onRetry} disabled={retrying}>
          {retrying ? 'Trying again…' : 'Try again'}
        </button>
      </p>
      <p>
        <AllArticlesLink>Browse all articles</AllArticlesLink> · <Link to="/">Open the bundled article</Link>
      </p>
    </main>
  );
}
