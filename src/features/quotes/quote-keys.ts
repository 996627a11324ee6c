/** Disclosure keys (shared reader state) and DOM ids owned by the quotes feature. */
export function quoteCardKey(quoteId: string): string {
  return `quote:${quoteId}`;
}

/** Opens a note where it is shown (after its first anchor's block unless moved). */
export function noteDisclosureKey(noteId: string): string {
  return `note:${noteId}`;
}

/** Which block an open note is shown after, when a reader opened it from a later anchor. */
export function noteLocationKey(noteId: string, blockId: string): string {
  return `note-at:${noteId}:${blockId}`;
}

export function noteEntryDomId(noteId: string): string {
  return `${noteId}-entry`;
}
