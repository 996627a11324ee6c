import type { FuzzyDate } from '../../article/fuzzy-date-schema';
import type { Side } from '../../article/event-schema';

type LaneMarksProps = {
  lanes: readonly Side[];
  sideIds: readonly string[];
  precision: FuzzyDate['precision'];
};

/**
 * The lane columns beside an event: a line per side, a mark in the lanes of the event's sides
 * (joined when it has more than one). A known day is a dot, a fuzzy date a lighter band.
 * Decorative: the actors are named in the text.
 */
export function LaneMarks({ lanes, sideIds, precision }: LaneMarksProps) {
  const indexes = lanes.flatMap((side, index) => (sideIds.includes(side.id) ? [index] : []));
  const first = Math.min(...indexes);
  const last = Math.max(...indexes);
  const shape = precision === 'day' ? 'pv-lane-mark--day' : 'pv-lane-mark--fuzzy';
  return (
    <span className="pv-event-lanes" aria-hidden="true">
      {lanes.map((side, index) => {
        const classes = [`pv-lane-cell pv-lane--${index % 4}`];
        if (index > first && index <= last) classes.push('pv-lane-cell--join-left');
        if (index >= first && index < last) classes.push('pv-lane-cell--join-right');
        return (
          <span key={side.id} className={classes.join(' ')}>
            {indexes.includes(index) && <span className={`pv-lane-mark ${shape}`} />}
          </span>
        );
      })}
    </span>
  );
}

type LaneLegendProps = { lanes: readonly Side[] };

/** Which column is which side, and what the marks mean. */
export function LaneLegend({ lanes }: LaneLegendProps) {
  return (
    <div className="pv-lane-legend">
      <span className="pv-lane-legend-title">Lanes, left to right:</span>
      <ol className="pv-lane-legend-list">
        {lanes.map((side, index) => (
          <li key={side.id} className={`pv-lane--${index % 4}`}>
            <span className="pv-lane-mark pv-lane-mark--day" aria-hidden="true" />
            <bdi>{side.name}</bdi>
          </li>
        ))}
      </ol>
      <span className="pv-lane-legend-note">
        <span className="pv-lane-mark pv-lane-mark--day" aria-hidden="true" /> known day{' '}
        <span className="pv-lane-mark pv-lane-mark--fuzzy" aria-hidden="true" /> approximate date
      </span>
    </div>
  );
}
