import { useCallback, useEffect, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useArticle } from '../article/article-query';
import type { PreparedArticle } from '../article/prepare-article';
import { LinkNotice } from '../features/deep-links/link-notice';
import { NegotiationView } from '../features/negotiation/negotiation-view';
import { ArticleError } from '../features/reader/article-error';
import { ArticleLoading } from '../features/reader/article-loading';
import { buildAppPath, parseAppLocation, type AppLocation, type EventsShown } from '../shared/app-url';
import { ArticleNameContext } from '../shared/article-name-context';
import { ErrorBoundary } from '../shared/error-boundary';
import { usePageShown } from '../shared/page-shown';
import { articlePath, itemPath, negotiationPath } from '../shared/item-path';
import { ReaderStateProvider } from '../shared/reader-state';
import { EmbedButton } from './embed-dialog';
import { RevealLinkedItem } from './reveal-linked-item';
import './negotiation-page.css';

// The reader warms the view up when idle (negotiation-chunk.ts).
export { warmNegotiation } from '../features/negotiation/warm-negotiation';

type NegotiationLocation = Extract<AppLocation, { kind: 'negotiation' }>;

/** `#/negotiation/NAME[/EVENT]?sides=…&kinds=…`: the article's events as a negotiation. */
export function NegotiationRoute() {
  const { pathname, search } = useLocation();
  const parsed = useMemo(() => parseAppLocation(pathname, search), [pathname, search]);
  if (parsed.kind === 'negotiation') return <NegotiationArticle location={parsed} />;
  const reason = parsed.kind === 'bad-link' ? parsed.reason : 'This link does not name an article.';
  return (
    <main className="pv-page pv-message">
      <h1>Nothing to show</h1>
      <p>{reason}</p>
    </main>
  );
}

function NegotiationArticle({ location }: { location: NegotiationLocation }) {
  const { article, item, filter } = location;
  const navigate = useNavigate();
  const query = useArticle(article);
  const prepared = query.data;
  const linked = prepared && item && prepared.eventsById.has(item) ? item : undefined;
  const headline = prepared?.article.meta.headline.text;
  const event = linked ? prepared?.eventsById.get(linked) : undefined;
  const shown = usePageShown();

  useEffect(() => {
    if (!shown) return;
    document.title = [event?.summary, 'Negotiation view', headline, 'Provenance'].filter(Boolean).join(' · ');
  }, [event, headline, shown]);

  // A filter is the reader's own choice, not a new place: it replaces the history entry, and
  // leaves the linked event behind (it is no longer what the reader is looking at).
  const show = useCallback(
    (shown: EventsShown) => {
      void navigate(buildAppPath({ kind: 'negotiation', article, filter: shown }, article), {
        replace: true,
      });
    },
    [navigate, article],
  );

  if (query.isPending) return <ArticleLoading offline={query.fetchStatus === 'paused'} />;
  if (query.isError)
    return (
      <ArticleError error={query.error} retrying={query.isFetching} onRetry={() => void query.refetch()} />
    );
  return (
    <ArticleNameContext.Provider value={article}>
      <ReaderStateProvider>
        {item && !linked && (
          <LinkNotice message={`This article has no event “${item}”: the link may be out of date.`} />
        )}
        <RevealLinkedItem targetId={linked} open={[]} tab="negotiation" />
        <NegotiationPage
          prepared={query.data}
          article={article}
          linked={linked}
          shown={filter}
          onShow={show}
        />
      </ReaderStateProvider>
    </ArticleNameContext.Provider>
  );
}

type NegotiationPageProps = {
  prepared: PreparedArticle;
  article: string;
  linked: string | undefined;
  shown: EventsShown;
  onShow: (shown: EventsShown) => void;
};

function NegotiationPage({ prepared, article, linked, shown, onShow }: NegotiationPageProps) {
  const { meta } = prepared.article;
  const links = useMemo(
    () => ({
      event: (id: string) => `#${negotiationPath(article, id, shown)}`,
      reader: (id: string) => `#${itemPath(article, id)}`,
    }),
    [article, shown],
  );
  return (
    <div className="pv-page pv-neg-page">
      <header className="pv-neg-page-header">
        <p className="pv-kicker">Negotiation view · {meta.publisher.name}</p>
        <h1 className="pv-neg-page-title">{meta.headline.text}</h1>
        <p className="pv-neg-page-back">
          <a href={`#${articlePath(article)}`}>Back to the article</a>
        </p>
      </header>
      <main id="pv-main">
        <ErrorBoundary area="the negotiation view">
          <NegotiationView
            prepared={prepared}
            shown={shown}
            linkedId={linked}
            onShow={onShow}
            links={links}
            tools={
              <EmbedButton
                prepared={prepared}
                articleName={article}
                itemId={linked}
                initialView="timeline"
                shown={shown}
              />
            }
          />
        </ErrorBoundary>
      </main>
    </div>
  );
}
