import type { PreparedArticle } from '../../article/prepare-article';
import type { Note } from '../../article/quote-schema';
import { useArticleName } from '../../shared/article-name-context';
import { itemPath } from '../../shared/item-path';
import { useDisclosureActions } from '../../shared/reader-state';
import { noteBlocks } from './note-location';
import { noteDisclosureKey, noteEntryDomId } from './quote-keys';

type NoteIndexEntryProps = { note: Note; prepared: PreparedArticle };

/**
 * One editor's note in the index. Its link opens the note in the text before following it, so
 * the page can scroll to and focus it (the note's element exists only while it is open).
 */
export function NoteIndexEntry({ note, prepared }: NoteIndexEntryProps) {
  const { setOpen } = useDisclosureActions();
  const articleName = useArticleName();
  const inText = noteBlocks(prepared, note).length > 0;
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
        <span className="pv-quote-entry-facts">On {passages.map((text) => `“${text}”`).join(', ')}</span>
      )}
    </li>
  );
}
