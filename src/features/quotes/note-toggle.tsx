import type { PreparedArticle } from '../../article/prepare-article';
import type { Note } from '../../article/quote-schema';
import { useNoteLocation } from './note-location';
import '../../shared/marks.css';

type NoteToggleProps = { note: Note; blockId: string; prepared: PreparedArticle };

/**
 * A small note button after a passage the note explains; its label is CSS. It opens the note
 * inline after this paragraph, and closes it there with Escape as well as a second press.
 */
export function NoteToggle({ note, blockId, prepared }: NoteToggleProps) {
  const { openAt, toggleAt, close } = useNoteLocation(prepared, note);
  const open = openAt === blockId;
  return (
    <button
      type="button"
      className="pv-chip pv-chip--note pv-note-toggle"
      data-tip="A context note by the editor: open it"
      data-note-button={note.id}
      aria-expanded={open}
      aria-controls={note.id}
      aria-label={`Context note: ${note.title}`}
      onClick={() => {
        toggleAt(blockId);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.preventDefault();
          close();
        }
      }}
    />
  );
}
