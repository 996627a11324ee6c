import type { TimelineEvent } from '../../article/event-schema';
import { formatFuzzyDate, formatFuzzyUntil } from '../../article/format-fuzzy-date';
import type { NegotiationLinks } from './negotiation-links';

type EventFactsProps = { id: string; event: TimelineEvent; links: NegotiationLinks };

/** An opened event: its date as the article words it, how long it holds, and where to read it. */
export function EventFacts({ id, event, links }: EventFactsProps) {
  const { when, until } = event;
  return (
    <div id={id} className="pv-neg-facts">
      <p>
        <span className="pv-neg-facts-label">When: </span>
        {formatFuzzyDate(when)} (“{when.text}”{when.basis === 'inferred' ? ', inferred' : ''})
        {until && `; ${formatFuzzyUntil(until)}`}
      </p>
      {when.reasoning && <p className="pv-neg-facts-note">{when.reasoning}</p>}
      <p>
        {event.answersId && (
          <>
            <a href={links.event(event.answersId)}>Go to what it answers</a>
            {' · '}
          </>
        )}
        <a href={links.reader(event.wording.blockId)}>Read it in the article</a>
      </p>
    </div>
  );
}
