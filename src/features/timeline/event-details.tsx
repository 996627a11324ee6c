import type { TimelineEvent } from '../../article/event-schema';
import type { PreparedArticle } from '../../article/prepare-article';
import { ItemLink } from '../../shared/item-link';
import { Permalink } from '../../shared/permalink';
import { useHighlightActions, useHighlightSelector, type Highlight } from '../../shared/reader-state';
import { EvidenceLinks } from './evidence-links';
import { eventHighlightKey } from './timeline-keys';

export function evidenceHighlight(event: TimelineEvent): Highlight {
  return {
    key: eventHighlightKey(event.id),
    label: `the evidence for “${event.summary.replace(/\.$/, '')}”`,
    ids: new Set([...event.evidence.attributionIds, ...event.evidence.quoteIds]),
  };
}

type EventDetailsProps = { event: TimelineEvent; prepared: PreparedArticle; id: string };

/** What a disclosure reveals: the article's own words, how the date was worked out, the evidence. */
export function EventDetails({ event, prepared, id }: EventDetailsProps) {
  const { toggleHighlight } = useHighlightActions();
  const pressed = useHighlightSelector((highlight) => highlight?.key === eventHighlightKey(event.id));
  const evidenceCount = event.evidence.attributionIds.length + event.evidence.quoteIds.length;
  const dateNotes = [
    { label: 'Date', date: event.when },
    { label: 'Until', date: event.until },
  ].flatMap(({ label, date }) => (date?.reasoning ? [{ label, reasoning: date.reasoning }] : []));
  return (
    <div id={id} className="pv-event-details">
      <p className="pv-event-details-label">
        In the article’s words ·{' '}
        <ItemLink itemId={event.wording.blockId} className="pv-event-context">
          read in context<span className="pv-visually-hidden">: {event.summary}</span>
        </ItemLink>
      </p>
      <blockquote className="pv-event-wording">
        <p>“{event.wording.text}”</p>
      </blockquote>
      {dateNotes.map((note) => (
        <p key={note.label} className="pv-event-reasoning">
          <strong>{note.label}:</strong> {note.reasoning}
        </p>
      ))}
      <p className="pv-event-details-label">Evidence</p>
      <EvidenceLinks event={event} prepared={prepared} />
      {evidenceCount > 0 && (
        <button
          type="button"
          className="pv-link-button pv-event-highlight"
          aria-pressed={pressed}
          onClick={() => {
            toggleHighlight(evidenceHighlight(event));
          }}
        >
          Highlight evidence <span className="pv-visually-hidden">for: {event.summary}</span>
        </button>
      )}
      <p className="pv-card-permalink">
        <Permalink itemId={event.id} label={`event: ${event.summary}`} />
      </p>
    </div>
  );
}
