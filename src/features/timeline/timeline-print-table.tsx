import type { PreparedArticle } from '../../article/prepare-article';
import { formatFuzzyDate, formatFuzzyUntil } from '../../article/format-fuzzy-date';
import { KIND_LABELS } from '../../article/event-kind-labels';
import { orderedEvents } from '../../article/order-events';

type TimelinePrintTableProps = { prepared: PreparedArticle };

/**
 * The reader's print edition of the timeline: one compact row per event, in order (when, who,
 * what), instead of the rail's interactive list. Rendered only while printing.
 */
export function TimelinePrintTable({ prepared }: TimelinePrintTableProps) {
  const { article } = prepared;
  const actors = new Map(article.actors.map((actor) => [actor.id, actor.name]));
  return (
    <section className="pv-print-timeline" aria-labelledby="pv-print-timeline-heading">
      <h2 id="pv-print-timeline-heading" className="pv-print-heading">
        Timeline
      </h2>
      <table className="pv-print-table">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
          </tr>
        </thead>
        <tbody>
          {orderedEvents(article).map((event) => (
            <tr key={event.id}>
              <td>
                {formatFuzzyDate(event.when)}
                {event.when.basis === 'inferred' && ', inferred'}
                {event.until && ` (${formatFuzzyUntil(event.until)})`}
              </td>
              <td>{event.actorIds.map((id) => actors.get(id) ?? id).join(', ')}</td>
              <td>
                {KIND_LABELS[event.kind]}: {event.summary}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
