import { memo, useId } from 'react';
import type { Actor, EventKind, Side } from '../../article/event-schema';
import { KIND_LABELS } from '../../article/event-kind-labels';
import { type EventFilter, toggled } from './filter-events';
import { KindIcon } from '../../shared/kind-icon';

type TimelineFiltersProps = {
  sides: readonly Side[];
  kinds: readonly EventKind[];
  actors: readonly Actor[];
  filter: EventFilter;
  onChange: (filter: EventFilter) => void;
};

/**
 * Checkboxes for sides and kinds, a list of actors: plain form controls, so the keyboard works.
 * Memoised: opening or closing the filters re-renders their disclosure, not every checkbox and
 * actor option (a long article lists many).
 */
export const TimelineFilters = memo(function TimelineFilters({
  sides,
  kinds,
  actors,
  filter,
  onChange,
}: TimelineFiltersProps) {
  const actorSelectId = useId();
  return (
    <div className="pv-timeline-filters">
      {sides.length > 1 && (
        <fieldset className="pv-filter-group">
          <legend>Sides</legend>
          {sides.map((side) => (
            <label key={side.id} className="pv-filter-option">
              <input
                type="checkbox"
                checked={!filter.hiddenSides.has(side.id)}
                onChange={() => {
                  onChange({ ...filter, hiddenSides: toggled(filter.hiddenSides, side.id) });
                }}
              />
              <bdi>{side.name}</bdi>
            </label>
          ))}
        </fieldset>
      )}
      <fieldset className="pv-filter-group">
        <legend>Kinds</legend>
        {kinds.map((kind) => (
          <label key={kind} className="pv-filter-option">
            <input
              type="checkbox"
              checked={!filter.hiddenKinds.has(kind)}
              onChange={() => {
                onChange({ ...filter, hiddenKinds: toggled(filter.hiddenKinds, kind) });
              }}
            />
            <KindIcon kind={kind} />
            {KIND_LABELS[kind]}
          </label>
        ))}
      </fieldset>
      {actors.length > 1 && (
        <p className="pv-filter-actor">
          <label htmlFor={actorSelectId}>Actor</label>
          <select
            id={actorSelectId}
            value={filter.actorId}
            onChange={(event) => {
              onChange({ ...filter, actorId: event.target.value });
            }}
          >
            <option value="">Every actor</option>
            {actors.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {actor.name}
              </option>
            ))}
          </select>
        </p>
      )}
    </div>
  );
});
