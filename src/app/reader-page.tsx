import { lazy, Suspense, useEffect, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import type { PreparedArticle } from '../article/prepare-article';
import { ReaderView } from '../features/reader/reader-view';
import { HYDRATE_IN_SLICES } from '../features/reader/hydration-slice';
import { quotesDecorations } from '../features/quotes/quotes-decorations';
import { SourcesPanel } from '../features/sources/sources-panel';
import { sourcesDecorations } from '../features/sources/sources-decorations';
import { SourcingProfileBar } from '../features/sources/sourcing-profile-bar';
import { SourcingSwitch } from '../features/sourcing-key/sourcing-switch';
import type { Sourcing } from '../shared/app-url';
import { FloatingTip } from '../shared/floating-tip';
import { startSourcing } from '../shared/sourcing-mode';
import { PrintEditionSlot } from './print-edition-slot';
import { focusKeptInView, RailBar } from './rail-bar';
import { timelineDecorations } from '../features/timeline/timeline-decorations';
import { warmEventOrder } from '../shared/warm-event-order';
import { ArticleNameContext } from '../shared/article-name-context';
import { buildAppPath } from '../shared/app-url';
import { ErrorBoundary } from '../shared/error-boundary';
import { HighlightStatus } from '../shared/highlight-status';
import { ReaderStateProvider } from '../shared/reader-state';
import { SkipLinks } from '../shared/skip-links';
import { SiteBar } from '../shared/all-articles-link';
import { whenIdle } from '../shared/when-idle';
import { useHydratedSoon } from '../shared/use-hydrated';
import { Tabs } from '../shared/tabs';
import { mergeDecorations, TextDecorationsProvider } from '../shared/text-decorations';
import { PASSAGE_DOM_ID, type PassageRange } from '../shared/text-quote';
import { PassageLinkBar } from '../features/deep-links/passage-link-bar';
import { disclosuresHiding, RAIL_TABS, railTabOf } from './linked-item';
import { RevealLinkedItem } from './reveal-linked-item';
import { EmbedButton } from './embed-dialog';
import { loadNegotiationRoute } from './negotiation-chunk';
import { flushSync } from 'react-dom';
import { negotiationPath } from '../shared/item-path';
import './reader-page.css';

// The timeline and the quotes index are not needed for the first paint: their code loads when
// their tab is first chosen, or when the browser is idle a few seconds after the article is
// shown (so that printing finds them ready, and a reader's click is not kept waiting by it).
const loadTimeline = () => import('../features/timeline/timeline-panel');
const loadQuotes = () => import('../features/quotes/quotes-panel');
const TimelinePanel = lazy(() => loadTimeline().then((m) => ({ default: m.TimelinePanel })));
const QuotesPanel = lazy(() => loadQuotes().then((m) => ({ default: m.QuotesPanel })));
const preloadPanels = () => {
  void loadTimeline();
  void loadQuotes();
};
const IDLE_PRELOAD_MS = 3000;

function usePreloadPanelsWhenIdle() {
  useEffect(() => {
    let cancelIdle: (() => void) | undefined;
    const timer = window.setTimeout(() => {
      cancelIdle = whenIdle(preloadPanels);
    }, IDLE_PRELOAD_MS);
    return () => {
      window.clearTimeout(timer);
      cancelIdle?.();
    };
  }, []);
}

/**
 * A story with events: the negotiation view's code, then its layout, when the browser is idle
 * (a step per idle moment), so that opening the view from the header only draws it.
 */
function useWarmNegotiationWhenIdle(prepared: PreparedArticle) {
  const events = prepared.article.events.length > 0;
  useEffect(() => {
    if (!events) return undefined;
    let cancel: (() => void) | undefined;
    let stopped = false;
    const timer = window.setTimeout(() => {
      cancel = whenIdle(() => {
        loadNegotiationRoute().then(
          (chunk) => {
            if (!stopped) cancel = chunk.warmNegotiation(prepared);
          },
          () => undefined, // offline: the view says so when it is opened
        );
      });
    }, IDLE_PRELOAD_MS);
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      cancel?.();
    };
  }, [prepared, events]);
}

/** A panel whose code loads on demand: a message while it loads, and one if it fails to render. */
function LazyPanel({ area, children }: { area: string; children: ReactNode }) {
  return (
    <ErrorBoundary area={area}>
      <Suspense
        fallback={
          <p className="pv-panel-loading" role="status">
            Loading…
          </p>
        }
      >
        {children}
      </Suspense>
    </ErrorBoundary>
  );
}

type RailContentProps = {
  prepared: PreparedArticle;
  articleName: string;
  itemId: string | undefined;
  tab: string;
  onSelectTab: (tab: string) => void;
};

/** The rail's controls: the embed button, the highlight status and the three tabs. */
function RailContent({ prepared, articleName, itemId, tab, onSelectTab }: RailContentProps) {
  return (
    <>
      <EmbedButton
        prepared={prepared}
        articleName={articleName}
        itemId={itemId}
        // The tab the reader is on is the view offered first; else the newest card opened.
        initialView={
          tab === RAIL_TABS.timeline ? 'timeline' : tab === RAIL_TABS.quotes ? 'quotes' : undefined
        }
      />
      {/* The desk is a separate chunk: this link costs the reader nothing until it is followed. */}
      <a
        className="pv-edit-link"
        href={`#${buildAppPath({ kind: 'desk', article: articleName }, articleName)}`}
      >
        Edit this article
      </a>
      <HighlightStatus />
      <Tabs
        label="Article guides"
        selected={tab}
        onSelect={onSelectTab}
        panels={[
          {
            id: RAIL_TABS.sources,
            label: 'Sources',
            content: (
              <ErrorBoundary area="the sources panel">
                <SourcesPanel prepared={prepared} linkedItemId={itemId} />
              </ErrorBoundary>
            ),
          },
          {
            id: RAIL_TABS.timeline,
            label: 'Timeline',
            content: (
              <LazyPanel area="the timeline">
                <TimelinePanel prepared={prepared} />
              </LazyPanel>
            ),
          },
          {
            id: RAIL_TABS.quotes,
            label: 'Quotes',
            content: (
              <LazyPanel area="the quotes index">
                <QuotesPanel prepared={prepared} />
              </LazyPanel>
            ),
          },
        ]}
      />
    </>
  );
}

type ReaderPageProps = {
  prepared: PreparedArticle;
  articleName: string;
  /** An item a link names (known to exist). */
  itemId: string | undefined;
  /** A passage a link names, found in the text. */
  passage?: PassageRange;
  /** The sourcing marks a link asks for; else the reader's own choice. */
  sourcing?: Sourcing;
};

/** Composes the features: the article with its marks and cards, and the side rail. */
export function ReaderPage({ prepared, articleName, itemId, passage, sourcing }: ReaderPageProps) {
  // Each feature's additions to the text, one entry each.
  const decorations = useMemo(
    () =>
      mergeDecorations(
        sourcesDecorations(prepared),
        quotesDecorations(prepared),
        timelineDecorations(prepared),
      ),
    [prepared],
  );
  const tabFor = (id: string | undefined) => (id ? railTabOf(prepared, id) : undefined);
  const [tab, setTab] = useState<string>(() => tabFor(itemId) ?? RAIL_TABS.sources);
  // A link to an item that lives in the rail opens its tab (set while rendering, not in an
  // effect, so the item is there when the reveal effect runs).
  const [linkedItem, setLinkedItem] = useState(itemId);
  if (itemId !== linkedItem) {
    setLinkedItem(itemId);
    const panel = tabFor(itemId);
    if (panel) setTab(panel);
  }

  usePreloadPanelsWhenIdle();
  useWarmNegotiationWhenIdle(prepared);
  // Before the browser paints: a reader who chose the full marks does not see them arrive.
  useLayoutEffect(() => startSourcing(sourcing), [sourcing]);
  // The rail and what else the pre-rendered page leaves out come in a transition after hydration:
  // rendered in slices that a tap interrupts, while the text's runs hydrate (ArticleBody).
  const hydrated = useHydratedSoon(HYDRATE_IN_SLICES);
  // Once the article shows, not before (a long article has hundreds of events).
  useEffect(() => warmEventOrder(prepared.article), [prepared]);

  // The narrow screen's bar: the chosen tab, then focus on it (which scrolls the rail to view).
  const openRailTab = (next: string) => {
    flushSync(() => {
      setTab(next);
    });
    const selected = document.querySelector<HTMLElement>('#pv-rail [role="tab"][aria-selected="true"]');
    if (selected) focusKeptInView(selected);
  };

  const target = itemId ?? (passage ? PASSAGE_DOM_ID : undefined);
  const hiding = useMemo(() => (itemId ? disclosuresHiding(prepared, itemId) : []), [prepared, itemId]);

  // The same element while nothing it shows changes: the header's hydration must not be forced
  // by a new but equal child (see ReaderView).
  const headerExtra = useMemo(
    () => (
      <>
        <ErrorBoundary area="the sourcing profile">
          <SourcingProfileBar prepared={prepared} />
          <SourcingSwitch prepared={prepared} />
        </ErrorBoundary>
        {prepared.article.events.length > 0 && (
          <p className="pv-header-view-link">
            <a href={`#${negotiationPath(articleName)}`}>Negotiation view: who asked, who answered</a>
          </p>
        )}
      </>
    ),
    [prepared, articleName],
  );

  return (
    <ArticleNameContext.Provider value={articleName}>
      <ReaderStateProvider>
        <TextDecorationsProvider value={decorations}>
          <RevealLinkedItem targetId={target} open={hiding} tab={tab} />
          <PassageLinkBar rootSelector=".pv-article .pv-body" />
          <SkipLinks
            targets={[
              { id: 'pv-main', label: 'Skip to the article' },
              { id: 'pv-rail', label: 'Skip to sources, timeline and quotes' },
            ]}
          />
          <SiteBar />
          {/* Pre-rendered too: on a narrow screen its room at the top is there from the first
              frame (added after hydration, it pushed the article down: CLS 0.048 at 412 px). */}
          <RailBar onOpen={openRailTab} />
          <FloatingTip />
          <div className="pv-layout">
            <main id="pv-main" className="pv-main">
              <ErrorBoundary area="the article">
                <ReaderView
                  prepared={prepared}
                  passage={passage}
                  linkedItemId={itemId}
                  headerExtra={headerExtra}
                />
                <PrintEditionSlot prepared={prepared} articleName={articleName} />
              </ErrorBoundary>
            </main>
            <aside id="pv-rail" className="pv-rail" aria-label="Sources, timeline and quotes">
              {/* Its controls work only with the app's code: the page rendered at build time
                  leaves it out, so that its first frame is the article alone (the rail follows
                  right after hydration, in its own column). */}
              {hydrated && (
                <RailContent
                  prepared={prepared}
                  articleName={articleName}
                  itemId={itemId}
                  tab={tab}
                  onSelectTab={setTab}
                />
              )}
            </aside>
          </div>
        </TextDecorationsProvider>
      </ReaderStateProvider>
    </ArticleNameContext.Provider>
  );
}
