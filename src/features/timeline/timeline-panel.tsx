import { useMemo, useState } from 'react';
import { EVENT_KINDS } from '../../article/event-kinds';
import type { PreparedArticle } from '../../article/prepare-article';
import { ExpandCollapseAll } from '../../shared/expand-collapse-all';
import { EventItem, eventKey } from './event-item';
import { filterEvents, isFiltered, NO_FILTER } from './filter-events';
import { LaneLegend } from './lane-marks';
import { TimelineFilters } from './timeline-filters';
import { timelineData } from './timeline-data';
import { useLinkedEvent } from './use-linked-event';
import './timeline.css';

type TimelinePanelProps = { prepared: PreparedArticle };

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The story's events in order, one lane per side, with filters, answers and evidence. */
export function TimelinePanel({ prepared }: TimelinePanelProps) {
  const data = useMemo(() => timelineData(prepared), [prepared]);
  const [filter, setFilter] = useState(NO_FILTER);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const { events, lanes } = data;
  const kinds = EVENT_KINDS.filter((kind) => events.some((e) => e.kind === kind));
  const actors = prepared.article.actors.filter((actor) => events.some((e) => e.actorIds.includes(actor.id)));
  const shown = filterEvents(events, data.sidesOf, filter);
  const keys = shown.map((event) => eventKey(event.id));
  useLinkedEvent(
    (id) => data.sidesOf.has(id) && !shown.some((event) => event.id === id),
    () => {
      setFilter(NO_FILTER);
    },
  );

  if (events.length === 0)
    return (
      <section className="pv-timeline" aria-labelledby="pv-timeline-heading">
        <h2 id="pv-timeline-heading" className="pv-timeline-heading">
          Timeline
        </h2>
        <p className="pv-timeline-empty">This article records no events.</p>
      </section>
    );

  return (
    <section className="pv-timeline" aria-labelledby="pv-timeline-heading">
      <h2 id="pv-timeline-heading" className="pv-timeline-heading">
        Timeline <span className="pv-timeline-total">({events.length})</span>
      </h2>
      <p className="pv-panel-tools">
        <button
          type="button"
          className="pv-link-button"
          aria-expanded={filtersOpen}
          aria-controls="pv-timeline-filters"
          onClick={() => {
            setFiltersOpen(!filtersOpen);
          }}
        >
          Filter events
        </button>
        <ExpandCollapseAll keys={keys} />
      </p>
      <div id="pv-timeline-filters" hidden={!filtersOpen}>
        <TimelineFilters sides={lanes} kinds={kinds} actors={actors} filter={filter} onChange={setFilter} />
        {isFiltered(filter) && (
          <button
            type="button"
            className="pv-link-button"
            onClick={() => {
              setFilter(NO_FILTER);
            }}
          >
            Show all events
          </button>
        )}
      </div>
      <p className="pv-timeline-count" role="status" aria-label="Events shown">
        Showing {shown.length} of {plural(events.length, 'event')}
      </p>
      {lanes.length > 1 && <LaneLegend lanes={lanes} />}
      {shown.length > 0 ? (
        <ol className="pv-timeline-list">
          {shown.map((event) => (
            <EventItem key={event.id} event={event} data={data} prepared={prepared} />
          ))}
        </ol>
      ) : (
        <p className="pv-timeline-empty">No events match these filters.</p>
      )}
    </section>
  );
}
