import type { ReactNode } from 'react';
import type { SourceCategory } from '../../article/source-category';
import type { MarksUsed } from './marks-used';

type MarksKeyProps = { used: MarksUsed; full: boolean };

/** Short words beside each kind's sample (its chip's label says the rest). */
const KEY_LABELS: Record<SourceCategory, string> = {
  anonymous: 'anonymous source',
  named: 'named source',
  relayed: 'relayed',
  'earlier-report': 'earlier report',
  inference: 'reporter’s inference',
  'own-reporting': 'own reporting',
};

/** Room under a sample's underline: no-break spaces, which keep their decoration. */
const UNDERLINE = '\u00a0'.repeat(4);

function Entry({ sample, children }: { sample: ReactNode; children: ReactNode }) {
  return (
    <li className="pv-key-entry">
      <span className="pv-key-sample" aria-hidden="true">
        {sample}
      </span>
      {children}
    </li>
  );
}

/**
 * A one-line key to the marks in the text, naming only the kinds this article uses. Its samples
 * are the marks' own classes (shared/marks.css), so the key looks like what it explains; they
 * are hidden from assistive technology, which reads the words.
 */
export function MarksKey({ used, full }: MarksKeyProps) {
  const insertion = used.insertions && (
    <Entry sample={<span className="pv-insertion pv-insertion--static">[words]</span>}>editor’s words</Entry>
  );
  if (!full)
    return (
      <ul className="pv-key" aria-label="Key to the marks">
        {used.categories.length > 0 && (
          <Entry sample={<span className="pv-chip pv-chip--source" />}>
            a passage’s source: select the ring for its card
          </Entry>
        )}
        {insertion}
      </ul>
    );
  return (
    <ul className="pv-key" aria-label="Key to the marks">
      {used.categories.map((category) => (
        <Entry
          key={category}
          sample={
            <span data-kind={category}>
              <span className="pv-attr">{UNDERLINE}</span>
              <span className="pv-chip pv-chip--source" />
            </span>
          }
        >
          {KEY_LABELS[category]}
        </Entry>
      ))}
      {used.uncertain && (
        <Entry sample={<span className="pv-key-question">?</span>}>hedged or inferred</Entry>
      )}
      {used.hedges && <Entry sample={<span className="pv-hedge">word</span>}>hedge word</Entry>}
      {used.quotes && <Entry sample={<span className="pv-chip pv-chip--quote" />}>quote</Entry>}
      {used.nestedQuotes && (
        <Entry sample={<span className="pv-chip pv-chip--quote pv-chip--nested-quote" />}>
          quote within a quote
        </Entry>
      )}
      {used.notes && <Entry sample={<span className="pv-chip pv-chip--note" />}>editor’s note</Entry>}
      {insertion}
    </ul>
  );
}
