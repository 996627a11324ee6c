import { useEffect, useRef } from 'react';
import type { PreparedArticle } from '../../article/prepare-article';
import type { Note } from '../../article/quote-schema';
import { ItemLink } from '../../shared/item-link';
import { Permalink } from '../../shared/permalink';

type NoteCardProps = { note: Note; prepared: PreparedArticle; onClose: () => void };

/**
 * An editor's context note, open inline after its paragraph (it pushes text down, never covers
 * it). Its element carries the note's id, so deep links land on it. Escape closes it.
 */
export function NoteCard({ note, prepared, onClose }: NoteCardProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      onClose();
    };
    element?.addEventListener('keydown', onKeyDown);
    return () => element?.removeEventListener('keydown', onKeyDown);
  }, [onClose]);
  const { reference } = note;
  const event = reference?.eventId ? prepared.eventsById.get(reference.eventId) : undefined;
  const titleId = `${note.id}-title`;
  return (
    <div ref={ref} id={note.id} className="pv-note" role="note" aria-labelledby={titleId}>
      <p className="pv-note-kicker">Editor’s note</p>
      <p id={titleId} className="pv-note-title">
        {note.title}
      </p>
      <p className="pv-note-text">{note.text}</p>
      {reference && (
        <p className="pv-note-reference">
          See:{' '}
          {reference.url ? (
            <a href={reference.url}>{reference.label}</a>
          ) : event ? (
            <ItemLink itemId={event.id}>{reference.label}</ItemLink>
          ) : (
            reference.label
          )}
        </p>
      )}
      <p className="pv-card-permalink">
        <Permalink itemId={note.id} label={`note: ${note.title}`} />
      </p>
      <button type="button" className="pv-link-button pv-close-button" onClick={onClose}>
        Close <span className="pv-visually-hidden">note: {note.title}</span>
      </button>
    </div>
  );
}
