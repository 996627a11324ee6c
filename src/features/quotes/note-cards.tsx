import type { PreparedArticle } from '../../article/prepare-article';
import type { Note } from '../../article/quote-schema';
import { useDisclosureActions, useDisclosureSelector } from '../../shared/reader-state';
import { NoteCard } from './note-card';
import { noteBlocks, noteButton, noteKeys, noteOpenAt } from './note-location';
import { noteDisclosureKey } from './quote-keys';

type NoteCardsProps = { blockId: string; notes: Note[]; prepared: PreparedArticle };

/**
 * The notes open after one block (those anchored in it). One subscription per block, and no
 * element at all while none is open: a long article has hundreds of annotated paragraphs.
 */
export function NoteCards({ blockId, notes, prepared }: NoteCardsProps) {
  const { setOpen } = useDisclosureActions();
  // A string, so that this block re-renders only when its own notes open, close or move.
  const openIds = useDisclosureSelector(
    (isOpen) =>
      notes
        .filter((note) => noteOpenAt(isOpen, note, noteBlocks(prepared, note)) === blockId)
        .map((note) => note.id)
        .join(' '),
    notes.flatMap((note) => noteKeys(note, noteBlocks(prepared, note))),
  );
  if (!openIds) return null;
  const open = openIds.split(' ');
  return (
    <div className="pv-notes">
      {notes
        .filter((note) => open.includes(note.id))
        .map((note) => (
          <NoteCard
            key={note.id}
            note={note}
            prepared={prepared}
            onClose={() => {
              setOpen([noteDisclosureKey(note.id)], false);
              noteButton(note.id, blockId)?.focus();
            }}
          />
        ))}
    </div>
  );
}
