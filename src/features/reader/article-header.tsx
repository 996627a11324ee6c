import type { ReactNode } from 'react';
import type { Article } from '../../article/article-schema';
import { FuzzyDateText } from './fuzzy-date-text';
import { DraftNotice } from './draft-notice';

type ArticleHeaderProps = { article: Article; children?: ReactNode };

export function ArticleHeader({ article, children }: ArticleHeaderProps) {
  const { meta } = article;
  const editorialHeadline = meta.headline.origin === 'editorial';
  return (
    <header className="pv-article-header">
      <p className="pv-kicker">{meta.publisher.name}</p>
      <h1 id="pv-headline" className="pv-headline">
        {meta.headline.text}
      </h1>
      <DraftNotice draft={meta.draft} />
      {meta.standfirst && <p className="pv-standfirst">{meta.standfirst.text}</p>}
      <p className="pv-byline">
        {meta.authors.length > 0 && (
          <span>
            By{' '}
            <span className="pv-byline-names">
              {meta.authors.map((author, i) => (
                <span key={author.id}>
                  {i > 0 && ' and '}
                  <bdi>{author.name}</bdi>
                </span>
              ))}
            </span>
          </span>
        )}
        <span className="pv-byline-sep" aria-hidden="true">
          {' · '}
        </span>
        <FuzzyDateText date={meta.published} />
      </p>
      {(editorialHeadline || meta.editorNote) && (
        // The editor's disclaimers, one step away: the article's text comes first.
        <details className="pv-about">
          <summary>About this file</summary>
          {editorialHeadline && (
            <p className="pv-editorial-flag">
              Headline written by the editor of this file; the source text has none.
            </p>
          )}
          {meta.editorNote && <p className="pv-editor-note">{meta.editorNote}</p>}
        </details>
      )}
      {children}
    </header>
  );
}
