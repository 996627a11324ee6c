import type { AxisCell as Cell } from './negotiation-layout';

const MARK_WORDS: Record<Cell['mark'], string> = {
  point: 'a known day',
  bracket: 'a stretch of days',
  'open-start': 'no earlier bound known',
  'open-end': 'no later bound known',
  undated: 'the text gives no date; the order is known',
};

type AxisCellProps = { cell: Cell };

/**
 * An event's place on the time axis: the mark (a dot, a bracket, a bracket open at one end, a
 * dotted stretch) and, at the start of a run of rows sharing it, its label once.
 */
export function AxisCell({ cell }: AxisCellProps) {
  const labelled = cell.part === 'start' || cell.part === 'single';
  return (
    <div className={`pv-neg-axis pv-neg-axis--${cell.mark} pv-neg-axis--${cell.part}`}>
      <span className="pv-neg-mark" aria-hidden="true" />
      {labelled && (
        <span className="pv-neg-axis-label">
          {cell.label}
          {cell.inferred && cell.mark !== 'undated' && <span className="pv-neg-axis-basis">inferred</span>}
        </span>
      )}
      <span className="pv-visually-hidden">
        {labelled ? '' : `${cell.label}: `}
        {MARK_WORDS[cell.mark]}
        {cell.inferred && cell.mark !== 'undated' ? ', inferred' : ''}.
      </span>
    </div>
  );
}
