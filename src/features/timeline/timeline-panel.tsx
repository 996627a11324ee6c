import { memo, useDeferredValue, useMemo, useState } from 'react';
import { EVENT_KINDS } from '../../article/event-kinds';
import type { TimelineEvent } from '../../article/event-schema';
import type { PreparedArticle } from '../../article/prepare-article';
import { usePrinting } from '../../shared/reader-state';
import { useArticleName } from '../../shared/article-name-context';
import { negotiationPath } from '../../shared/item-path';
import { tallyAnswers } from '../../article/answer-tally';
import { AnswerDigestLine } from '../../shared/answer-digest-line';
import { dateLineText } from './event-date';
import { EventItem, eventKey } from './event-item';
import { filterEvents, isFiltered, NO_FILTER } from './filter-events';
import { LaneLegend } from './lane-marks';
import { ShowMore, usePaging } from '../../shared/show-more';
import { timelineData, type TimelineData } from '../../article/timeline-data';
import { TimelineTools } from './timeline-tools';
import { useLinkedEvent } from './use-linked-event';
import './timeline.css';

type TimelinePanelProps = { prepared: PreparedArticle };

/** Who answered whom among the events shown: an answer counts when what it answers is shown too. */
function answersAmong(shown: readonly TimelineEvent[], data: TimelineData) {
  const ids = new Set(shown.map((event) => event.id));
  const names = (id: string) =>
    (data.sidesOf.get(id) ?? []).flatMap((side) => data.lanes.find((lane) => lane.id === side)?.name ?? []);
  return tallyAnswers(
    shown.flatMap((event) =>
      event.answersId && ids.has(event.answersId)
        ? [{ answering: names(event.id), asked: names(event.answersId), kind: event.kind }]
        : [],
    ),
  );
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** How many events are on the page, of how many the filters let through, of how many in all. */
function countLine(onPage: number, matching: number, total: number): string {
  if (onPage === matching || matching === total) return `Showing ${onPage} of ${plural(total, 'event')}`;
  return `Showing ${onPage} of ${matching} matching, ${plural(total, 'event')} in all`;
}

/**
 * The story's events in order, one lane per side, with filters, answers and evidence. A long
 * timeline shows a page of events at a time (all of them in print); memoised, because the rail
 * re-renders it, hidden, whenever another tab is chosen.
 */
export const TimelinePanel = memo(function TimelinePanel({ prepared }: TimelinePanelProps) {
  const data = useMemo(() => timelineData(prepared), [prepared]);
  const { events, lanes } = data;
  const { kinds, actors } = useMemo(() => {
    const used = new Set(events.flatMap((e) => e.actorIds));
    return {
      kinds: EVENT_KINDS.filter((kind) => events.some((e) => e.kind === kind)),
      actors: prepared.article.actors.filter((actor) => used.has(actor.id)),
    };
  }, [events, prepared]);
  const [filter, setFilter] = useState(NO_FILTER);
  // A filter shows as chosen at once; the list follows in a render that the next choice may
  // interrupt (a long timeline holds hundreds of events).
  const shownFilter = useDeferredValue(filter);
  const shown = useMemo(
    () => (isFiltered(shownFilter) ? filterEvents(events, data.sidesOf, shownFilter) : events),
    [events, data, shownFilter],
  );
  const keys = useMemo(() => shown.map((event) => eventKey(event.id)), [shown]);
  const paging = usePaging<HTMLOListElement>(':scope > li');
  const printing = usePrinting();
  const articleName = useArticleName();
  useLinkedEvent((id) => {
    if (!data.sidesOf.has(id)) return;
    let list = shown;
    if (!shown.some((event) => event.id === id)) {
      setFilter(NO_FILTER);
      list = events;
    }
    paging.reach(list.findIndex((event) => event.id === id));
  });
  const onPage = printing ? shown : shown.slice(0, paging.limit);
  const tallies = useMemo(() => answersAmong(shown, data), [shown, data]);
  const dateLines = useMemo(() => shown.map((event) => dateLineText(event.when, event.until)), [shown]);

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
      <p className="pv-timeline-wide">
        <a href={`#${negotiationPath(articleName)}`}>Open the negotiation view</a>
      </p>
      <TimelineTools
        keys={keys}
        sides={lanes}
        kinds={kinds}
        actors={actors}
        filter={filter}
        onChange={setFilter}
      />
      <p className="pv-timeline-count" role="status" aria-label="Events shown">
        {countLine(onPage.length, shown.length, events.length)}
      </p>
      <AnswerDigestLine tallies={tallies} />
      {lanes.length > 1 && <LaneLegend lanes={lanes} />}
      {shown.length > 0 ? (
        <ol ref={paging.list} className="pv-timeline-list">
          {onPage.map((event, index) => (
            <EventItem
              key={event.id}
              event={event}
              data={data}
              prepared={prepared}
              dateAsAbove={index > 0 && dateLines[index - 1] === dateLines[index]}
            />
          ))}
        </ol>
      ) : (
        <p className="pv-timeline-empty">No events match these filters.</p>
      )}
      <ShowMore shown={onPage.length} total={shown.length} noun="events" onMore={paging.showMore} />
    </section>
  );
});
