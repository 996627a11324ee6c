import { disclosureKey, type DisclosureKey } from '../../shared/reader-state';

/** Disclosure keys (shared reader state) and DOM ids owned by the quotes feature. */
export function quoteCardKey(quoteId: string): DisclosureKey {
  return disclosureKey('quote', quoteId);
}

/** Opens a note where it is shown (after its first anchor's block unless moved). */
export function noteDisclosureKey(noteId: string): DisclosureKey {
  return disclosureKey('note', noteId);
}

/** Which block an open note is shown after, when a reader opened it from a later anchor. */
export function noteLocationKey(noteId: string, blockId: string): DisclosureKey {
  return disclosureKey('note-at', noteId, blockId);
}

export function noteEntryDomId(noteId: string): string {
  return `${noteId}-entry`;
}
