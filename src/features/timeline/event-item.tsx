import { memo } from 'react';
import type { TimelineEvent } from '../../article/event-schema';
import type { PreparedArticle } from '../../article/prepare-article';
import { useDisclosureActions, useIsOpen } from '../../shared/reader-state';
import { AnswerLinks } from './answer-links';
import { EventDate } from './event-date';
import { EventDetails } from './event-details';
import { KIND_LABELS } from '../../article/event-kind-labels';
import { KindIcon } from '../../shared/kind-icon';
import { LaneMarks } from './lane-marks';
import type { TimelineData } from '../../article/timeline-data';
import { eventKey } from './timeline-keys';

export { eventKey };

type EventItemProps = {
  event: TimelineEvent;
  data: TimelineData;
  prepared: PreparedArticle;
  /** The event above in the list has the same date line. */
  dateAsAbove: boolean;
};

/**
 * One event: date, summary (the disclosure button), kind and actors, its answers; the details
 * open below. The item's DOM id is the event id, so links and deep links reach it. Memoised:
 * filtering or paging the list leaves the events already shown alone.
 */
export const EventItem = memo(function EventItem({ event, data, prepared, dateAsAbove }: EventItemProps) {
  const { toggle } = useDisclosureActions();
  const open = useIsOpen(eventKey(event.id));
  const detailsId = `${event.id}-details`;
  const sideIds = data.sidesOf.get(event.id) ?? [];
  const sides = data.lanes.filter((side) => sideIds.includes(side.id)).map((side) => side.name);
  const actors = event.actorIds.map((id) => data.actorsById.get(id)?.name ?? id);
  return (
    <li id={event.id} className={`pv-event pv-event--${event.kind}`}>
      {data.lanes.length > 1 && (
        <LaneMarks lanes={data.lanes} sideIds={sideIds} precision={event.when.precision} />
      )}
      <div className="pv-event-main">
        <EventDate when={event.when} until={event.until} asAbove={dateAsAbove} />
        <h3 className="pv-event-heading">
          <button
            type="button"
            className="pv-event-toggle"
            aria-expanded={open}
            aria-controls={detailsId}
            onClick={() => {
              toggle(eventKey(event.id));
            }}
          >
            {event.summary}
          </button>
        </h3>
        <p className="pv-event-meta">
          <span className="pv-event-kind">
            <KindIcon kind={event.kind} />
            {KIND_LABELS[event.kind]}
          </span>
          <span className="pv-event-actors">
            {' · '}
            {actors.map((actor, i) => (
              <span key={i}>
                {i > 0 && ', '}
                <bdi>{actor}</bdi>
              </span>
            ))}
          </span>
          {sides.length > 0 && (
            <span className="pv-visually-hidden">{` (side: ${sides.join(' and ')})`}</span>
          )}
        </p>
        <AnswerLinks event={event} data={data} eventsById={prepared.eventsById} />
        {/* Built only when open (or printing): a long timeline shows many closed events. */}
        {open && <EventDetails event={event} prepared={prepared} id={detailsId} />}
      </div>
    </li>
  );
});
