import { memo } from 'react';
import type { PreparedArticle } from '../../article/prepare-article';
import { ExpandCollapseAll } from '../../shared/expand-collapse-all';
import { useHighlightActions, useHighlightSelector } from '../../shared/reader-state';
import { SourceEntry, sourceEntryKey } from './source-entry';
import './sources.css';

type SourcesPanelProps = { prepared: PreparedArticle };

/**
 * Every source the article names, with the passages each supports. Memoised: switching rail
 * tabs re-renders the tab list, not a long list of sources.
 */
export const SourcesPanel = memo(function SourcesPanel({ prepared }: SourcesPanelProps) {
  const { clearHighlight } = useHighlightActions();
  const highlighting = useHighlightSelector((highlight) => highlight !== null);
  const { sources } = prepared.article;
  const keys = sources.map((s) => sourceEntryKey(s.id));
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
        <ul className="pv-source-list">
          {sources.map((source) => (
            <SourceEntry key={source.id} source={source} prepared={prepared} />
          ))}
        </ul>
      )}
    </section>
  );
});
