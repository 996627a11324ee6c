import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { useArticle } from '../article/article-query';
import { defaultArticleName } from '../article/article-location';
import { itemLabel } from '../article/item-label';
import { LinkNotice } from '../features/deep-links/link-notice';
import { ArticleError } from '../features/reader/article-error';
import { ArticleLoading } from '../features/reader/article-loading';
import { parseAppLocation } from '../shared/app-url';
import { ReaderPage } from './reader-page';

export function ArticleRoute() {
  const location = useLocation();
  const parsed = parseAppLocation(location.pathname, location.search);
  const articleName = (parsed.kind !== 'index' && parsed.article) || defaultArticleName();
  const requestedItem = parsed.kind === 'article' ? parsed.item : undefined;
  const query = useArticle(articleName);
  const prepared = query.data;
  const label = prepared && requestedItem ? itemLabel(prepared, requestedItem) : undefined;
  const itemId = label ? requestedItem : undefined;
  const headline = prepared?.article.meta.headline.text;

  useEffect(() => {
    const parts = [label, headline, 'Provenance'].filter(Boolean);
    document.title = parts.join(' · ');
  }, [label, headline]);

  if (query.isPending) return <ArticleLoading offline={query.fetchStatus === 'paused'} />;
  if (query.isError)
    return (
      <ArticleError error={query.error} retrying={query.isFetching} onRetry={() => void query.refetch()} />
    );
  const notice =
    parsed.kind === 'bad-link'
      ? parsed.reason
      : requestedItem && !itemId
        ? `This article has no item “${requestedItem}”: the link may be out of date. Showing the whole article.`
        : undefined;
  return (
    <>
      {notice && <LinkNotice key={location.key} message={notice} />}
      <ReaderPage prepared={query.data} articleName={articleName} itemId={itemId} />
    </>
  );
}
