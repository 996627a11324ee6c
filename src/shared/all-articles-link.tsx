import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { ARTICLE_LIST_PAGE } from '../article/article-names';
import { buildAppPath } from './app-url';
import './all-articles-link.css';

const INDEX_PATH = buildAppPath({ kind: 'index' }, '');
/**
 * The list's static page, beside every page of the site (src/publish/article-list-page.ts): a
 * page read without JavaScript and a search engine reach every article from it. With the app,
 * the link opens the app's searchable list in place.
 */
export const ARTICLE_INDEX_HREF = `./${ARTICLE_LIST_PAGE}`;

type AllArticlesLinkProps = { className?: string; children?: string };

/**
 * A link to the list of articles. A plain link, so that it is the same in the page rendered at
 * build time and works without the app; with the app, it navigates in place.
 */
export function AllArticlesLink({ className, children = 'All articles' }: AllArticlesLinkProps) {
  const navigate = useNavigate();
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void navigate(INDEX_PATH);
  };
  return (
    <a href={ARTICLE_INDEX_HREF} className={className} onClick={onClick}>
      {children}
    </a>
  );
}

/**
 * The slim bar above a reader page: the way to the other articles, out of the article's way.
 * `className` lines it up with another page's column instead of the reader's text.
 */
export function SiteBar({ className }: { className?: string }) {
  return (
    <nav className={className ? `pv-site-bar ${className}` : 'pv-site-bar'} aria-label="Site">
      <div className="pv-site-bar-inner">
        <AllArticlesLink className="pv-site-bar-link" />
      </div>
    </nav>
  );
}
