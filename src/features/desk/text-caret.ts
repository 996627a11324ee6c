/** A caret in the read-only text: a block, where the selection started, and where it is now. */
export type Caret = { block: number; anchor: number; focus: number };

const WORD = /[\p{L}\p{N}'’-]/u;

/** Where Ctrl+arrow lands: the end of this or the next word, or the start of this or the last. */
export function wordStep(text: string, from: number, forward: boolean): number {
  let at = from;
  if (forward) {
    while (at < text.length && !WORD.test(text[at] ?? '')) at++;
    while (at < text.length && WORD.test(text[at] ?? '')) at++;
  } else {
    while (at > 0 && !WORD.test(text[at - 1] ?? '')) at--;
    while (at > 0 && WORD.test(text[at - 1] ?? '')) at--;
  }
  return at;
}

export type CaretKey = { key: string; shift: boolean; word: boolean };

/**
 * The caret after a key, in a text of `blocks` (each block's text): arrows move by character
 * (by word with Ctrl or Alt), Home and End to the paragraph's ends, Up and Down between
 * paragraphs; Shift keeps the anchor, so the words between become the selection. Null when the
 * key is not the caret's.
 */
export function moveCaret(caret: Caret, blocks: string[], input: CaretKey): Caret | null {
  const text = blocks[caret.block] ?? '';
  const { key, shift, word } = input;
  if (key === 'ArrowUp' || key === 'ArrowDown') {
    if (shift) return null;
    const block = Math.min(blocks.length - 1, Math.max(0, caret.block + (key === 'ArrowDown' ? 1 : -1)));
    return { block, anchor: 0, focus: 0 };
  }
  let focus: number;
  if (key === 'ArrowRight' || key === 'ArrowLeft') {
    const forward = key === 'ArrowRight';
    if (word) focus = wordStep(text, caret.focus, forward);
    else if (!shift && caret.anchor !== caret.focus)
      focus = forward ? Math.max(caret.anchor, caret.focus) : Math.min(caret.anchor, caret.focus);
    else focus = Math.min(text.length, Math.max(0, caret.focus + (forward ? 1 : -1)));
  } else if (key === 'Home') focus = 0;
  else if (key === 'End') focus = text.length;
  else return null;
  return { block: caret.block, anchor: shift ? caret.anchor : focus, focus };
}
