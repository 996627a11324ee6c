import type { ReactNode } from 'react';
import type { PreparedArticle } from '../article/prepare-article';
import { QuotesPanel } from '../features/quotes/quotes-panel';
import { NegotiationView } from '../features/negotiation/negotiation-view';
import type { EmbedView as View, EventsShown, Sourcing } from '../shared/app-url';
import { itemPath } from '../shared/item-path';
import { ArticleNameContext } from '../shared/article-name-context';
import { ErrorBoundary } from '../shared/error-boundary';
import { ReaderStateProvider } from '../shared/reader-state';
import { EmbedCard } from './embed-card';
import { cardKind } from './embed-card-kind';
import { disclosuresHiding } from './linked-item';
import { ReaderPage } from './reader-page';
import { RevealLinkedItem } from './reveal-linked-item';

type EmbedViewProps = {
  prepared: PreparedArticle;
  articleName: string;
  itemId: string | undefined;
  view: View;
  /** The sourcing marks the embed's URL asks for, in the reader view. */
  sourcing?: Sourcing;
  /** The timeline's filters (from the embed's URL) and how to change them. */
  shown?: EventsShown;
  onShow?: (shown: EventsShown) => void;
};

/** Whether a link to `itemId` can be followed inside this view, rather than in the full reader. */
export function itemShownIn(prepared: PreparedArticle, view: View, itemId: string): boolean {
  if (view === 'reader') return true;
  if (view === 'timeline') return prepared.eventsById.has(itemId);
  // The quotes index links each quote to its place in the text, which only the reader shows.
  return false;
}

/** The view the URL asks for: the reader, the timeline or the quotes alone, or one card. */
export function EmbedView({
  prepared,
  articleName,
  itemId,
  view,
  sourcing,
  shown = {},
  onShow,
}: EmbedViewProps) {
  if (view === 'card' && itemId && cardKind(prepared, itemId))
    return (
      <EmbedFrame articleName={articleName} prepared={prepared} itemId={undefined}>
        <EmbedCard prepared={prepared} itemId={itemId} />
      </EmbedFrame>
    );
  if (view === 'timeline' || view === 'quotes')
    return (
      <EmbedFrame articleName={articleName} prepared={prepared} itemId={itemId}>
        <main className="pv-embed-panel">
          <h1 className="pv-embed-title">{prepared.article.meta.headline.text}</h1>
          {view === 'timeline' ? (
            <ErrorBoundary area="the timeline">
              <NegotiationView
                prepared={prepared}
                shown={shown}
                linkedId={itemId}
                onShow={onShow ?? (() => undefined)}
                // Links to events and passages go to the reader's form: the embed keeps a link
                // to an event it shows inside, and opens any other in the full reader.
                links={{
                  event: (id) => `#${itemPath(articleName, id)}`,
                  reader: (id) => `#${itemPath(articleName, id)}`,
                }}
              />
            </ErrorBoundary>
          ) : (
            <ErrorBoundary area="the quotes index">
              <QuotesPanel prepared={prepared} />
            </ErrorBoundary>
          )}
        </main>
      </EmbedFrame>
    );
  return <ReaderPage prepared={prepared} articleName={articleName} itemId={itemId} sourcing={sourcing} />;
}

type EmbedFrameProps = {
  articleName: string;
  prepared: PreparedArticle;
  itemId: string | undefined;
  children: ReactNode;
};

/** The state a panel shares with the reader page, and the reveal of a linked item. */
function EmbedFrame({ articleName, prepared, itemId, children }: EmbedFrameProps) {
  return (
    <ArticleNameContext.Provider value={articleName}>
      <ReaderStateProvider>
        <RevealLinkedItem
          targetId={itemId}
          open={itemId ? disclosuresHiding(prepared, itemId) : []}
          tab="embed"
        />
        {children}
      </ReaderStateProvider>
    </ArticleNameContext.Provider>
  );
}
