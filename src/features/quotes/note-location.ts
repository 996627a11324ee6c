import type { PreparedArticle } from '../../article/prepare-article';
import type { Note } from '../../article/quote-schema';
import { useDisclosureActions, useDisclosureSelector, type DisclosureKey } from '../../shared/reader-state';
import { noteDisclosureKey, noteLocationKey } from './quote-keys';

// Each block's place in reading order, built once per article: rebuilding it for every note
// button made a long article's first render quadratic.
const blockOrders = new WeakMap<PreparedArticle, Map<string, number>>();

function blockOrder(prepared: PreparedArticle): Map<string, number> {
  let order = blockOrders.get(prepared);
  if (!order) {
    order = new Map(prepared.article.body.map((block, index) => [block.id, index]));
    blockOrders.set(prepared, order);
  }
  return order;
}

/** The blocks a note can open after: those of its anchors, in reading order. */
export function noteBlocks(prepared: PreparedArticle, note: Note): string[] {
  const order = blockOrder(prepared);
  const blocks = [...new Set(note.anchors.map((anchor) => anchor.blockId))].filter((id) => order.has(id));
  return blocks.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

/** Every disclosure key `noteOpenAt` asks about for this note. */
export function noteKeys(note: Note, blocks: readonly string[]): DisclosureKey[] {
  return [noteDisclosureKey(note.id), ...blocks.map((blockId) => noteLocationKey(note.id, blockId))];
}

/** The block a note is open after, if it is open; `blocks` are the note's `noteBlocks`. */
export function noteOpenAt(
  isOpen: (key: DisclosureKey) => boolean,
  note: Note,
  blocks: readonly string[],
): string | undefined {
  if (!isOpen(noteDisclosureKey(note.id))) return undefined;
  return blocks.find((blockId) => isOpen(noteLocationKey(note.id, blockId))) ?? blocks[0];
}

/**
 * Where a note is open: after the block whose note button opened it, or after its first
 * anchor's block when opened from elsewhere (the index or a deep link). A note is shown in one
 * place only, because its element carries the note's id.
 */
export function useNoteLocation(prepared: PreparedArticle, note: Note) {
  const { setOpen } = useDisclosureActions();
  const blocks = noteBlocks(prepared, note);
  const openAt = useDisclosureSelector((isOpen) => noteOpenAt(isOpen, note, blocks), noteKeys(note, blocks));
  return {
    openAt,
    /** Opens the note after `blockId`, or closes it when it is already open there. */
    toggleAt: (blockId: string) => {
      if (openAt === blockId) {
        setOpen([noteDisclosureKey(note.id)], false);
        return;
      }
      setOpen(
        blocks.map((id) => noteLocationKey(note.id, id)),
        false,
      );
      setOpen([noteLocationKey(note.id, blockId), noteDisclosureKey(note.id)], true);
    },
    close: () => {
      setOpen([noteDisclosureKey(note.id)], false);
    },
  };
}

/** The note button that controls the note where it is open (for returning focus to it). */
export function noteButton(noteId: string, blockId: string): HTMLElement | null {
  return (
    document.getElementById(blockId)?.querySelector<HTMLElement>(`[data-note-button="${noteId}"]`) ?? null
  );
}
