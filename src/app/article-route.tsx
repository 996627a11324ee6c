import { useEffect, useMemo } from 'react';
import { useLocation } from 'react-router';
import { useArticle } from '../article/article-query';
import { itemLabel } from '../article/item-label';
import { LinkNotice } from '../features/deep-links/link-notice';
import { ArticleError } from '../features/reader/article-error';
import { ArticleLoading } from '../features/reader/article-loading';
import { ownArticleName } from '../boot/contract';
import { parseAppLocation } from '../shared/app-url';
import { useHydrated } from '../shared/use-hydrated';
import { excerpt } from '../article/excerpt';
import type { PreparedArticle } from '../article/prepare-article';
import { findPassage, type PassageMatch, type TextQuote } from '../shared/text-quote';
import { ReaderPage } from './reader-page';
import { RAIL_TABS, railTabOf } from './linked-item';

function paragraphs(prepared: PreparedArticle) {
  return prepared.article.body.flatMap((block) => (block.type === 'paragraph' ? [block] : []));
}

/** Says plainly when a linked passage is gone or cannot be told apart, instead of guessing. */
function passageNotice(passage: TextQuote | undefined, match: PassageMatch | undefined): string | undefined {
  if (!passage || !match || match.status === 'found') return undefined;
  const words = `“${excerpt(passage.exact, 80)}”`;
  if (match.status === 'missing')
    return `The linked passage ${words} is no longer in this article: it may have been corrected since the link was made.`;
  return `The linked passage ${words} appears ${match.count} times and the link cannot tell which one is meant.`;
}

export function ArticleRoute() {
  const location = useLocation();
  // While hydrating the pre-rendered article (src/app/main.tsx) the first render must match the
  // HTML, which shows no passage, no notice and the Sources tab: those wait for the next render.
  // A linked item that changes none of that (anything but a timeline event) is kept, so that
  // it is revealed and focused as soon as hydration is done.
  const hydrated = useHydrated();
  const parsed = useMemo(() => {
    const read = parseAppLocation(location.pathname, location.search);
    if (hydrated || read.kind === 'index' || read.kind === 'embed') return read;
    const item = read.kind === 'article' ? read.item : undefined;
    // The sourcing marks change no markup (only the root's attribute): kept from the start.
    const sourcing = read.kind === 'article' ? read.sourcing : undefined;
    return { kind: 'article' as const, article: read.article, item, sourcing };
  }, [hydrated, location.pathname, location.search]);
  const articleName = (parsed.kind !== 'index' && parsed.article) || ownArticleName(document);
  const requestedItem = parsed.kind === 'article' ? parsed.item : undefined;
  const query = useArticle(articleName);
  const prepared = query.data;
  const label = prepared && requestedItem ? itemLabel(prepared, requestedItem) : undefined;
  const waits =
    !hydrated && prepared && requestedItem && railTabOf(prepared, requestedItem) === RAIL_TABS.timeline;
  const itemId = label && !waits ? requestedItem : undefined;
  const headline = prepared?.article.meta.headline.text;
  const requestedPassage = parsed.kind === 'article' ? parsed.passage : undefined;
  const passageMatch = useMemo(
    () => (prepared && requestedPassage ? findPassage(paragraphs(prepared), requestedPassage) : undefined),
    [prepared, requestedPassage],
  );

  useEffect(() => {
    const parts = [label, headline, 'Provenance'].filter(Boolean);
    document.title = parts.join(' · ');
  }, [label, headline]);

  if (query.isPending) return <ArticleLoading offline={query.fetchStatus === 'paused'} />;
  if (query.isError)
    return (
      <ArticleError error={query.error} retrying={query.isFetching} onRetry={() => void query.refetch()} />
    );
  // No notice while hydrating: the pre-rendered HTML has none, and an extra element there is a
  // hydration mismatch (React #418) for every link to an item the article lacks.
  const notice = !hydrated
    ? undefined
    : parsed.kind === 'bad-link'
      ? parsed.reason
      : requestedItem && !label
        ? `This article has no item “${requestedItem}”: the link may be out of date. Showing the whole article.`
        : passageNotice(requestedPassage, passageMatch);
  return (
    <>
      {notice && <LinkNotice key={location.key} message={notice} />}
      <ReaderPage
        prepared={query.data}
        articleName={articleName}
        itemId={itemId}
        passage={passageMatch?.status === 'found' ? passageMatch : undefined}
        sourcing={parsed.kind === 'article' ? parsed.sourcing : undefined}
      />
    </>
  );
}
