import { useEffect, useMemo } from 'react';
import type { PreparedArticle } from '../article/prepare-article';
import type { Mark } from '../article/segment-text';
import { ReaderView } from '../features/reader/reader-view';
import { AttributionCards } from '../features/sources/attribution-cards';
import { AttributionToggle } from '../features/sources/attribution-toggle';
import { SourcesPanel } from '../features/sources/sources-panel';
import { SourcingProfileBar } from '../features/sources/sourcing-profile-bar';
import { ArticleNameContext } from '../shared/article-name-context';
import { ErrorBoundary } from '../shared/error-boundary';
import { HighlightStatus } from '../shared/highlight-status';
import { ReaderStateProvider } from '../shared/reader-state';
import { revealItem } from '../shared/reveal-item';
import { Tabs } from '../shared/tabs';
import { TextDecorationsProvider, type TextDecorations } from '../shared/text-decorations';
import './reader-page.css';

type ReaderPageProps = { prepared: PreparedArticle; articleName: string; itemId: string | undefined };

/** Composes the features: the article with its marks and cards, and the side rail. */
export function ReaderPage({ prepared, articleName, itemId }: ReaderPageProps) {
  const decorations = useMemo<TextDecorations>(
    () => ({
      markEnd: (mark: Mark) =>
        mark.kind === 'attribution' ? (
          <AttributionToggle attributionId={mark.id} prepared={prepared} />
        ) : null,
      afterBlock: (blockId: string) => <AttributionCards blockId={blockId} prepared={prepared} />,
    }),
    [prepared],
  );

  useEffect(() => {
    if (itemId) revealItem(itemId);
  }, [itemId]);

  return (
    <ArticleNameContext.Provider value={articleName}>
      <ReaderStateProvider>
        <TextDecorationsProvider value={decorations}>
          <div className="pv-layout">
            <main className="pv-main">
              <ErrorBoundary area="the article">
                <ReaderView
                  prepared={prepared}
                  headerExtra={
                    <ErrorBoundary area="the sourcing profile">
                      <SourcingProfileBar prepared={prepared} />
                    </ErrorBoundary>
                  }
                />
              </ErrorBoundary>
            </main>
            <aside className="pv-rail" aria-label="Sources, timeline and quotes">
              <HighlightStatus />
              <Tabs
                label="Article guides"
                panels={[
                  {
                    id: 'sources',
                    label: 'Sources',
                    content: (
                      <ErrorBoundary area="the sources panel">
                        <SourcesPanel prepared={prepared} />
                      </ErrorBoundary>
                    ),
                  },
                ]}
              />
            </aside>
          </div>
        </TextDecorationsProvider>
      </ReaderStateProvider>
    </ArticleNameContext.Provider>
  );
}
