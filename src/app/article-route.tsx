import { useEffect } from 'react';
import { useParams } from 'react-router';
import { useArticle } from '../article/article-query';
import { defaultArticleName } from '../article/article-location';
import { ArticleError } from '../features/reader/article-error';
import { ArticleLoading } from '../features/reader/article-loading';
import { ReaderPage } from './reader-page';

export function ArticleRoute() {
  const { articleName = defaultArticleName(), itemId } = useParams();
  const query = useArticle(articleName);
  const headline = query.data?.article.meta.headline.text;

  useEffect(() => {
    document.title = headline ? `${headline} · Provenance` : 'Provenance';
  }, [headline]);

  if (query.isPending) return <ArticleLoading />;
  if (query.isError)
    return (
      <ArticleError error={query.error} retrying={query.isFetching} onRetry={() => void query.refetch()} />
    );
  return <ReaderPage prepared={query.data} articleName={articleName} itemId={itemId} />;
}
