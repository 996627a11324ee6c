import type { PreparedArticle } from '../../article/prepare-article';
import { SOURCE_KIND_LABELS, sourceCategory } from '../../article/source-category';
import type { Source } from '../../article/sourcing-schema';
import { ItemLink } from '../../shared/item-link';
import { Permalink } from '../../shared/permalink';
import {
  useDisclosureActions,
  useHighlightActions,
  useHighlightSelector,
  useIsOpen,
} from '../../shared/reader-state';
import { excerpt } from '../../article/excerpt';
import { SourceFacts } from './source-facts';
import { sourceHighlight } from './source-passages';

type SourceEntryProps = { source: Source; prepared: PreparedArticle };

export function sourceEntryKey(sourceId: string): string {
  return `source:${sourceId}`;
}

/** One source in the panel: a disclosure with its facts and its passages as links. */
export function SourceEntry({ source, prepared }: SourceEntryProps) {
  const { toggle } = useDisclosureActions();
  const { toggleHighlight } = useHighlightActions();
  const lit = useHighlightSelector((highlight) => highlight?.key === `source:${source.id}`);
  const passages = prepared.attributionsBySource.get(source.id) ?? [];
  const open = useIsOpen(sourceEntryKey(source.id));
  const detailsId = `${source.id}-details`;
  const count = `${passages.length} ${passages.length === 1 ? 'passage' : 'passages'}`;
  return (
    <li id={source.id} className={`pv-source-entry pv-source-entry--${sourceCategory(source)}`}>
      <h3 className="pv-source-heading">
        <button
          type="button"
          className="pv-disclosure"
          aria-expanded={open}
          aria-controls={detailsId}
          onClick={() => {
            toggle(sourceEntryKey(source.id));
          }}
        >
          <span className="pv-disclosure-icon" aria-hidden="true" />
          <span className="pv-source-name">{source.name}</span>
          <span className="pv-source-count">{count}</span>
        </button>
      </h3>
      <div id={detailsId} className="pv-source-details" hidden={!open}>
        <p className="pv-card-meta">
          {SOURCE_KIND_LABELS[source.kind]}
          <SourceFacts source={source} />
        </p>
        {source.aliases.length > 0 && (
          <p className="pv-card-meta">Also called: {source.aliases.map((a) => `“${a}”`).join(', ')}</p>
        )}
        {source.description && <p className="pv-source-description">{source.description}</p>}
        <p className="pv-card-footer">
          <Permalink itemId={source.id} label={`source: ${source.name}`} />
        </p>
        {passages.length > 0 && (
          <ol className="pv-passage-links">
            {passages.map((passage) => (
              <li key={passage.id}>
                <ItemLink itemId={passage.id}>{excerpt(passage.range.text)}</ItemLink>
              </li>
            ))}
          </ol>
        )}
      </div>
      {passages.length > 0 && (
        <button
          type="button"
          className="pv-link-button pv-highlight-button"
          aria-pressed={lit}
          aria-label={`Highlight this source: ${source.name}`}
          onClick={() => {
            toggleHighlight(sourceHighlight(prepared, source.id));
          }}
        >
          Highlight this source
        </button>
      )}
    </li>
  );
}
