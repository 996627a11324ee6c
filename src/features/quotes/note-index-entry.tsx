import { memo } from 'react';
import type { Note } from '../../article/quote-schema';
import { useArticleName } from '../../shared/article-name-context';
import { itemPath } from '../../shared/item-path';
import { useDisclosureActions } from '../../shared/reader-state';
import { noteDisclosureKey, noteEntryDomId } from './quote-keys';

type NoteIndexEntryProps = {
  note: Note;
  /** Whether the note has a place in the text to open at (an anchor in a block that exists). */
  inText: boolean;
};

/**
 * One editor's note in the index. Its link opens the note in the text before following it, so
 * the page can scroll to and focus it (the note's element exists only while it is open).
 * Memoised: each key typed in the search leaves the entries still shown alone.
 */
export const NoteIndexEntry = memo(function NoteIndexEntry({ note, inText }: NoteIndexEntryProps) {
  const { setOpen } = useDisclosureActions();
  const articleName = useArticleName();
  const passages = [...new Set(note.anchors.map((a) => a.text))];
  return (
    <li id={noteEntryDomId(note.id)} className="pv-note-entry">
      {inText ? (
        <a
          href={`#${itemPath(articleName, note.id)}`}
          className="pv-note-entry-link"
          onClick={() => {
            setOpen([noteDisclosureKey(note.id)], true);
          }}
        >
          {note.title}
        </a>
      ) : (
        <span className="pv-note-entry-link">{note.title}</span>
      )}
      {passages.length > 0 && (
        <span className="pv-quote-entry-facts">
          On{' '}
          {passages.map((text, i) => (
            <span key={i}>
              {i > 0 && ', '}“<bdi>{text}</bdi>”
            </span>
          ))}
        </span>
      )}
    </li>
  );
});
