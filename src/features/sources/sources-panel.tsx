import { memo, useMemo } from 'react';
import type { PreparedArticle } from '../../article/prepare-article';
import { ExpandCollapseAll } from '../../shared/expand-collapse-all';
import { useHighlightActions, useHighlightSelector, usePrinting } from '../../shared/reader-state';
import { ShowMore, usePaging } from '../../shared/show-more';
import { useHydrated } from '../../shared/use-hydrated';
import { SourceEntry } from './source-entry';
import { sourceEntryKey } from './source-keys';
import './sources.css';

type SourcesPanelProps = {
  prepared: PreparedArticle;
  /** An item a link points to: a source past the first page is brought onto it. */
  linkedItemId?: string;
};

/**
 * Every source the article names, with the passages each supports. Memoised: switching rail
 * tabs re-renders the tab list, not a long list of sources.
 */
export const SourcesPanel = memo(function SourcesPanel({ prepared, linkedItemId }: SourcesPanelProps) {
  const { clearHighlight } = useHighlightActions();
  const highlighting = useHighlightSelector((highlight) => highlight !== null);
  const { sources } = prepared.article;
  const keys = useMemo(() => sources.map((s) => sourceEntryKey(s.id)), [sources]);
  const paging = usePaging<HTMLUListElement>(':scope > li');
  const printing = usePrinting();
  // A link to a source further down the list brings it onto the page (set while rendering, so
  // it is there when the link's target is looked for); not while hydrating the pre-rendered
  // page, whose first render must match its HTML.
  const hydrated = useHydrated();
  if (hydrated && linkedItemId && prepared.sourcesById.has(linkedItemId))
    paging.reach(sources.findIndex((source) => source.id === linkedItemId));
  const onPage = printing ? sources : sources.slice(0, paging.limit);
  return (
    <section className="pv-sources-panel" aria-labelledby="pv-sources-heading">
      <h2 id="pv-sources-heading" className="pv-panel-heading">
        Sources <span className="pv-count">({sources.length})</span>
      </h2>
      <p className="pv-panel-tools">
        <ExpandCollapseAll keys={keys} />
        {highlighting && (
          <button type="button" className="pv-link-button" onClick={clearHighlight}>
            Clear highlight
          </button>
        )}
      </p>
      {sources.length === 0 ? (
        <p className="pv-empty">This article names no sources.</p>
      ) : (
        <ul ref={paging.list} className="pv-source-list">
          {onPage.map((source) => (
            <SourceEntry key={source.id} source={source} prepared={prepared} />
          ))}
        </ul>
      )}
      <ShowMore shown={onPage.length} total={sources.length} noun="sources" onMore={paging.showMore} />
    </section>
  );
});
