import type { TimelineEvent } from '../../article/event-schema';
import type { PreparedArticle } from '../../article/prepare-article';
import { ItemLink } from '../../shared/item-link';
import type { TextDecorations } from '../../shared/text-decorations';
import { orderedEvents } from '../../article/order-events';
import './timeline.css';

/** The events each attribution or quote evidences, in the article's order for now. */
function eventsByEvidence(prepared: PreparedArticle): Map<string, TimelineEvent[]> {
  const byItem = new Map<string, TimelineEvent[]>();
  for (const event of prepared.article.events)
    for (const id of [...event.evidence.attributionIds, ...event.evidence.quoteIds]) {
      const events = byItem.get(id);
      if (events) events.push(event);
      else byItem.set(id, [event]);
    }
  return byItem;
}

/** What the timeline adds to the text: in a card about a passage, links to the events it evidences. */
export function timelineDecorations(prepared: PreparedArticle): TextDecorations {
  const byItem = eventsByEvidence(prepared);
  // Put in timeline order only where a card lists several: ordering every event of a long
  // article is work neither the text nor a card with one event needs.
  let position: Map<string, number> | undefined;
  const inTimelineOrder = (events: TimelineEvent[]) => {
    if (events.length < 2) return events;
    position ??= new Map(orderedEvents(prepared.article).map((event, index) => [event.id, index]));
    const at = position;
    return [...events].sort((a, b) => (at.get(a.id) ?? 0) - (at.get(b.id) ?? 0));
  };
  return {
    cardExtra: (itemId) => {
      const events = inTimelineOrder(byItem.get(itemId) ?? []);
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
