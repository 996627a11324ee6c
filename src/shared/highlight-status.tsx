import { UNATTRIBUTED } from '../article/source-category';
import { useHighlight } from './reader-state';

/** Says what is highlighted, politely, and offers to clear it. */
export function HighlightStatus() {
  const { highlight, clearHighlight } = useHighlight();
  const count = highlight ? [...highlight.ids].length : 0;
  return (
    <div className="pv-highlight-status" role="status">
      {highlight && (
        <>
          Highlighting {highlight.label}
          {count > 1 && !highlight.ids.has(UNATTRIBUTED) ? ` (${count})` : ''}.{' '}
          <button type="button" className="pv-link-button" onClick={clearHighlight}>
            Clear
          </button>
        </>
      )}
    </div>
  );
}
