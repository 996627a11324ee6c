import type { TimelineEvent } from '../../article/event-schema';
import type { PreparedArticle } from '../../article/prepare-article';
import { ItemLink } from '../../shared/item-link';
import type { TextDecorations } from '../../shared/text-decorations';
import { orderedEvents } from './order-events';
import './timeline.css';

/** The events each attribution or quote evidences, in timeline order. */
function eventsByEvidence(prepared: PreparedArticle): Map<string, TimelineEvent[]> {
  const byItem = new Map<string, TimelineEvent[]>();
  for (const event of orderedEvents(prepared.article))
    for (const id of [...event.evidence.attributionIds, ...event.evidence.quoteIds]) {
      const events = byItem.get(id);
      if (events) events.push(event);
      else byItem.set(id, [event]);
    }
  return byItem;
}

/** What the timeline adds to the text: in a card about a passage, links to the events it evidences. */
export function timelineDecorations(prepared: PreparedArticle): TextDecorations {
  // Worked out when a card first asks: ordering the events is not needed for the text to show.
  let byItem: Map<string, TimelineEvent[]> | undefined;
  return {
    cardExtra: (itemId) => {
      byItem ??= eventsByEvidence(prepared);
      const events = byItem.get(itemId) ?? [];
      const [only] = events;
      if (!only) return null;
      if (events.length === 1)
        return (
          <p className="pv-card-timeline">
            Show on timeline: <ItemLink itemId={only.id}>{only.summary}</ItemLink>
          </p>
        );
      return (
        <div className="pv-card-timeline">
          <p>Show on timeline:</p>
          <ul>
            {events.map((event) => (
              <li key={event.id}>
                <ItemLink itemId={event.id}>{event.summary}</ItemLink>
              </li>
            ))}
          </ul>
        </div>
      );
    },
  };
}
