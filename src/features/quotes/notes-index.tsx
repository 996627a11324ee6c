import type { RefObject } from 'react';
import type { PreparedArticle } from '../../article/prepare-article';
import type { Note } from '../../article/quote-schema';
import { NoteIndexEntry } from './note-index-entry';

type NotesIndexProps = {
  prepared: PreparedArticle;
  notes: readonly Note[];
  /** How many notes are on the page (every one of them in print). */
  limit: number;
  listRef: RefObject<HTMLUListElement | null>;
  headingId: string;
};

/** The editor's notes that match, each a link that opens it in the text. */
export function NotesIndex({ prepared, notes, limit, listRef, headingId }: NotesIndexProps) {
  return (
    <section className="pv-quote-group" aria-labelledby={headingId}>
      <h3 id={headingId} className="pv-quote-group-heading">
        Editor’s notes <span className="pv-count">({notes.length})</span>
      </h3>
      {notes.length > 0 && (
        <ul ref={listRef} className="pv-quote-list">
          {notes.slice(0, limit).map((note) => (
            <NoteIndexEntry
              key={note.id}
              note={note}
              inText={note.anchors.some((anchor) => prepared.blocksById.has(anchor.blockId))}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
