import type { Article } from '../../../article/article-schema';
import type { Note } from '../../../article/quote-schema';
import type { TextRange } from '../../../article/text-range-schema';
import { ChangeBuilder, type Change } from './change';
import { eachCurrent, removeNote } from './cleanup';
import { freshId } from './ids';
import { isInside } from './text-ranges';

export type NewNote = { anchor: TextRange; title: string; text: string };

/** A context note on a passage; a quotation holding the passage lists it too. */
export function createNote(article: Article, input: NewNote): { change: Change; id: string } {
  const b = new ChangeBuilder(article);
  const id = freshId(article, 'n', input.title);
  b.add('notes', { id, title: input.title.trim(), text: input.text.trim(), anchors: [input.anchor] });
  for (const q of eachCurrent(b, 'quotes'))
    if (q.parts.some((p) => isInside(input.anchor, p)))
      b.replace('quotes', { ...q, noteIds: [...q.noteIds, id] });
  return { change: b.done('Add note'), id };
}

export function updateNote(article: Article, note: Note): Change {
  const b = new ChangeBuilder(article);
  b.replace('notes', note);
  return b.done('Edit note');
}

export function deleteNote(article: Article, id: string): Change {
  const b = new ChangeBuilder(article);
  removeNote(b, id);
  return b.done('Delete note');
}

/** One note from two that explain the same thing: anchors joined, the texts one after the other. */
export function mergeNotes(article: Article, keepId: string, dropId: string): Change {
  const keep = article.notes.find((n) => n.id === keepId);
  const drop = article.notes.find((n) => n.id === dropId);
  if (!keep || !drop || keepId === dropId) throw new Error('choose two different notes');
  const b = new ChangeBuilder(article);
  b.replace('notes', {
    ...keep,
    text: `${keep.text} ${drop.text}`,
    anchors: [...keep.anchors, ...drop.anchors],
  });
  for (const q of eachCurrent(b, 'quotes'))
    if (q.noteIds.includes(dropId))
      b.replace('quotes', { ...q, noteIds: [...new Set(q.noteIds.map((n) => (n === dropId ? keepId : n)))] });
  b.remove('notes', dropId);
  return b.done('Merge notes');
}

/** Splits off the chosen anchors into a note of their own, with the same text to edit. */
export function splitNote(
  article: Article,
  id: string,
  anchorIndexes: number[],
): { change: Change; id: string } {
  const note = article.notes.find((n) => n.id === id);
  if (!note) throw new Error(`no note "${id}"`);
  const moved = note.anchors.filter((_, i) => anchorIndexes.includes(i));
  const kept = note.anchors.filter((_, i) => !anchorIndexes.includes(i));
  if (moved.length === 0 || kept.length === 0)
    throw new Error('choose some, not all, of the note’s passages');
  const b = new ChangeBuilder(article);
  const newId = freshId(article, 'n', note.title);
  b.replace('notes', { ...note, anchors: kept });
  b.add('notes', { ...note, id: newId, anchors: moved }, article.notes.indexOf(note) + 1);
  for (const q of eachCurrent(b, 'quotes'))
    if (q.noteIds.includes(id) && q.parts.some((p) => moved.some((m) => isInside(m, p))))
      b.replace('quotes', { ...q, noteIds: [...q.noteIds, newId] });
  return { change: b.done('Split note'), id: newId };
}
