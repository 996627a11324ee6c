import type { ReactNode } from 'react';
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

export function ReaderView({ prepared, headerExtra, passage, linkedItemId }: ReaderViewProps) {
  const { article } = prepared;
  return (
    <article className="pv-article" lang={article.meta.language} aria-labelledby="pv-headline">
      <ArticleHeader article={article}>{headerExtra}</ArticleHeader>
      <ArticleBody prepared={prepared} passage={passage} linkedItemId={linkedItemId} />
    </article>
  );
}
