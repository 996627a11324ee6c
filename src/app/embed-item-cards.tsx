import { useMemo } from 'react';
import { KIND_LABELS } from '../article/event-kind-labels';
import type { PreparedArticle } from '../article/prepare-article';
import { timelineData } from '../article/timeline-data';
import { excerpt } from '../article/excerpt';
import { EventDate } from '../features/timeline/event-date';
import { EvidenceLinks } from '../features/timeline/evidence-links';
import { SourceFactLines } from '../features/sources/source-details';
import { ItemLink } from '../shared/item-link';
import { KindIcon } from '../shared/kind-icon';

type EventCardProps = { prepared: PreparedArticle; eventId: string };

/**
 * An event on its own: not a timeline row (no lanes, nothing to expand or highlight), but what
 * the row's details say, open: when, what, who, the article's words and the evidence.
 */
export function EmbedEventCard({ prepared, eventId }: EventCardProps) {
  const data = useMemo(() => timelineData(prepared), [prepared]);
  const event = prepared.eventsById.get(eventId);
  if (!event) return null;
  const actors = event.actorIds.map((id) => data.actorsById.get(id)?.name ?? id);
  const sideIds = data.sidesOf.get(event.id) ?? [];
  const sides = data.lanes.filter((side) => sideIds.includes(side.id)).map((side) => side.name);
  const notes = [
    { label: 'Date', date: event.when },
    { label: 'Until', date: event.until },
  ].flatMap(({ label, date }) => (date?.reasoning ? [{ label, reasoning: date.reasoning }] : []));
  return (
    <article
      id={event.id}
      className={`pv-embed-event pv-event--${event.kind}`}
      aria-labelledby={`${event.id}-title`}
    >
      <EventDate when={event.when} until={event.until} />
      <h2 id={`${event.id}-title`} className="pv-embed-event-title">
        {event.summary}
      </h2>
      <p className="pv-event-meta">
        <span className="pv-event-kind">
          <KindIcon kind={event.kind} />
          {KIND_LABELS[event.kind]}
        </span>
        {' · '}
        <bdi>{actors.join(', ')}</bdi>
        {sides.length > 0 && <> · side: {sides.join(' and ')}</>}
      </p>
      <p className="pv-event-details-label">In the article’s words</p>
      <blockquote className="pv-event-wording">
        <p>“{event.wording.text}”</p>
      </blockquote>
      {notes.map((note) => (
        <p key={note.label} className="pv-event-reasoning">
          <strong>{note.label}:</strong> {note.reasoning}
        </p>
      ))}
      <p className="pv-event-details-label">Evidence (opens the full article)</p>
      <EvidenceLinks event={event} prepared={prepared} />
    </article>
  );
}

/** A card in someone else's column stays short: the rest is one link away. */
const PASSAGES_SHOWN = 5;

type SourceCardProps = { prepared: PreparedArticle; sourceId: string };

/** A source on its own: who it is, what the text calls it, and the passages that rest on it. */
export function EmbedSourceCard({ prepared, sourceId }: SourceCardProps) {
  const source = prepared.sourcesById.get(sourceId);
  if (!source) return null;
  const passages = prepared.attributionsBySource.get(source.id) ?? [];
  return (
    <article id={source.id} className="pv-embed-source" aria-labelledby={`${source.id}-title`}>
      <h2 id={`${source.id}-title`} className="pv-embed-event-title">
        {source.name}
      </h2>
      <SourceFactLines source={source} />
      {passages.length > 0 && (
        <>
          <p className="pv-event-details-label">
            {passages.length} {passages.length === 1 ? 'passage rests' : 'passages rest'} on it (opens the
            full article)
          </p>
          <ol className="pv-passage-links">
            {passages.slice(0, PASSAGES_SHOWN).map((passage) => (
              <li key={passage.id}>
                <ItemLink itemId={passage.id}>{excerpt(passage.range.text)}</ItemLink>
              </li>
            ))}
            {passages.length > PASSAGES_SHOWN && (
              <li className="pv-passage-more">
                and {passages.length - PASSAGES_SHOWN} more in the full article
              </li>
            )}
          </ol>
        </>
      )}
    </article>
  );
}
