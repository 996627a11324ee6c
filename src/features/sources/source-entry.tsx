import type { PreparedArticle } from '../../article/prepare-article';
import { sourceCategory } from '../../article/source-category';
import type { Source } from '../../article/sourcing-schema';
import {
  useDisclosureActions,
  useHighlightActions,
  useHighlightSelector,
  useIsOpen,
} from '../../shared/reader-state';
import { SourceDetails } from './source-details';
import { sourceEntryKey, sourceHighlightKey } from './source-keys';
import { sourceHighlight } from './source-passages';

type SourceEntryProps = { source: Source; prepared: PreparedArticle };

/** One source in the panel: a disclosure with its facts and its passages as links. */
export function SourceEntry({ source, prepared }: SourceEntryProps) {
  const { toggle } = useDisclosureActions();
  const { toggleHighlight } = useHighlightActions();
  const lit = useHighlightSelector((highlight) => highlight?.key === sourceHighlightKey(source.id));
  const passages = prepared.attributionsBySource.get(source.id) ?? [];
  const open = useIsOpen(sourceEntryKey(source.id));
  const detailsId = `${source.id}-details`;
  const count = `${passages.length} ${passages.length === 1 ? 'passage' : 'passages'}`;
  return (
    <li id={source.id} className="pv-source-entry" data-kind={sourceCategory(source)}>
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
      {/* The details are built only when shown: a long article's closed entries would otherwise
          hold thousands of hidden links. The element stays, as the button's aria-controls target. */}
      <div id={detailsId} className="pv-source-details" hidden={!open}>
        {open && <SourceDetails source={source} passages={passages} />}
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
