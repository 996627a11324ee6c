import { useEffect } from 'react';
import type { PreparedArticle } from '../../article/prepare-article';
import { useDisclosureActions } from '../../shared/reader-state';
import { noteDisclosureKey } from './quote-keys';

/** Opens every note before the page is printed: on paper nothing can be expanded. */
export function usePrintNotes(prepared: PreparedArticle): void {
  const { setOpen } = useDisclosureActions();
  useEffect(() => {
    const keys = prepared.article.notes.map((note) => noteDisclosureKey(note.id));
    const open = () => {
      setOpen(keys, true);
    };
    window.addEventListener('beforeprint', open);
    return () => {
      window.removeEventListener('beforeprint', open);
    };
  }, [prepared, setOpen]);
}
