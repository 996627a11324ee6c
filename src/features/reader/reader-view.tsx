import { memo, type ReactNode } from 'react';
import { HydrationSlice } from './hydration-slice';
import type { PreparedArticle } from '../../article/prepare-article';
import type { PassageRange } from '../../shared/text-quote';
import { ArticleHeader } from './article-header';
import { ArticleBody } from './article-body';
import './reader.css';

type ReaderViewProps = {
  prepared: PreparedArticle;
  /** Shown at the foot of the header, e.g. the sourcing profile. */
  headerExtra?: ReactNode;
  passage?: PassageRange;
  /** An item a link points to (known to exist). */
  linkedItemId?: string;
};

/**
 * The article. Memoized, and its header hydrated on its own (a Suspense boundary, like each run
 * of the body's blocks): the page around it re-renders once the app runs, and that must not
 * reach parts of the pre-rendered text still waiting to hydrate (see ArticleBody).
 */
export const ReaderView = memo(function ReaderView({
  prepared,
  headerExtra,
  passage,
  linkedItemId,
}: ReaderViewProps) {
  const { article } = prepared;
  return (
    <article className="pv-article" lang={article.meta.language} aria-labelledby="pv-headline">
      <HydrationSlice>
        <ArticleHeader article={article}>{headerExtra}</ArticleHeader>
      </HydrationSlice>
      <ArticleBody prepared={prepared} passage={passage} linkedItemId={linkedItemId} />
    </article>
  );
});
