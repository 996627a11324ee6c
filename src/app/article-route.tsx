import { useEffect } from 'react';
import { useParams } from 'react-router';
import { useArticle } from '../article/article-query';
import { defaultArticleName } from '../article/article-location';
import { ArticleError } from '../features/reader/article-error';
import { ArticleLoading } from '../features/reader/article-loading';
import { ReaderView } from '../features/reader/reader-view';
import { ErrorBoundary } from '../shared/error-boundary';

export function ArticleRoute() {
  const { articleName = defaultArticleName() } = useParams();
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
  return (
    <ErrorBoundary area="the article">
      <ReaderView prepared={query.data} />
    </ErrorBoundary>
  );
}
