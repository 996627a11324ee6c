import type { PreparedArticle } from '../../article/prepare-article';
import type { Note } from '../../article/quote-schema';
import { NoteCard } from './note-card';
import { noteButton, useNoteLocation } from './note-location';

type NoteCardsProps = { blockId: string; notes: Note[]; prepared: PreparedArticle };

function OpenNote({ note, blockId, prepared }: { note: Note; blockId: string; prepared: PreparedArticle }) {
  const { openAt, close } = useNoteLocation(prepared, note);
  if (openAt !== blockId) return null;
  return (
    <NoteCard
      note={note}
      prepared={prepared}
      onClose={() => {
        close();
        noteButton(note.id, blockId)?.focus();
      }}
    />
  );
}

/** The notes open after one block (those anchored in it). */
export function NoteCards({ blockId, notes, prepared }: NoteCardsProps) {
  if (notes.length === 0) return null;
  return (
    <div className="pv-notes">
      {notes.map((note) => (
        <OpenNote key={note.id} note={note} blockId={blockId} prepared={prepared} />
      ))}
    </div>
  );
}
