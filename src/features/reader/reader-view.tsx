import type { PreparedArticle } from '../../article/prepare-article';
import { ArticleHeader } from './article-header';
import { ArticleBody } from './article-body';
import './reader.css';

type ReaderViewProps = { prepared: PreparedArticle };

export function ReaderView({ prepared }: ReaderViewProps) {
  const { article } = prepared;
  return (
    <div className="pv-page">
      <main className="pv-reader">
        <article className="pv-article" lang={article.meta.language} aria-labelledby="pv-headline">
          <ArticleHeader article={article} />
          <ArticleBody prepared={prepared} />
        </article>
      </main>
    </div>
  );
}
