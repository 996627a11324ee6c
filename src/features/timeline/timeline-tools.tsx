import type { DisclosureKey } from '../../shared/reader-state';
import { useState } from 'react';
import type { Actor, EventKind, Side } from '../../article/event-schema';
import { ExpandCollapseAll } from '../../shared/expand-collapse-all';
import { isFiltered, NO_FILTER, type EventFilter } from './filter-events';
import { TimelineFilters } from './timeline-filters';

type TimelineToolsProps = {
  /** The disclosure keys of the events the filters let through. */
  keys: readonly DisclosureKey[];
  sides: readonly Side[];
  kinds: readonly EventKind[];
  actors: readonly Actor[];
  filter: EventFilter;
  onChange: (filter: EventFilter) => void;
};

/**
 * The panel's tools and the filters' disclosure. Whether the filters are open is this
 * component's own state, so opening them does not re-render the list of events.
 */
export function TimelineTools({ keys, sides, kinds, actors, filter, onChange }: TimelineToolsProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <p className="pv-panel-tools">
        <button
          type="button"
          className="pv-link-button"
          aria-expanded={open}
          aria-controls="pv-timeline-filters"
          onClick={() => {
            setOpen(!open);
          }}
        >
          Filter events
        </button>
        <ExpandCollapseAll keys={keys} />
      </p>
      <div id="pv-timeline-filters" hidden={!open}>
        <TimelineFilters sides={sides} kinds={kinds} actors={actors} filter={filter} onChange={onChange} />
        {isFiltered(filter) && (
          <button
            type="button"
            className="pv-link-button"
            onClick={() => {
              onChange(NO_FILTER);
            }}
          >
            Show all events
          </button>
        )}
      </div>
    </>
  );
}
