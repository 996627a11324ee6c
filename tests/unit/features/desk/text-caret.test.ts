import { describe, expect, it } from 'vitest';
import { moveCaret, wordStep } from '../../../../src/features/desk/text-caret';

const blocks = ['The operator never showed us its accounts, she said.', 'Second paragraph.'];
const key = (k: string, shift = false, word = false) => ({ key: k, shift, word });

describe('the keyboard caret in the read-only text', () => {
  it('steps over whole words, leaving punctuation out', () => {
    expect(wordStep(blocks[0]!, 0, true)).toBe(3);
    expect(wordStep(blocks[0]!, 3, true)).toBe(12);
    expect(wordStep(blocks[0]!, 41, true)).toBe(41 + ', she'.length);
    expect(wordStep(blocks[0]!, 12, false)).toBe(4);
  });

  it('selects words with Shift and Ctrl, from a fixed anchor', () => {
    let caret = { block: 0, anchor: 4, focus: 4 };
    caret = moveCaret(caret, blocks, key('ArrowRight', true, true))!;
    caret = moveCaret(caret, blocks, key('ArrowRight', true, true))!;
    expect(blocks[0]!.slice(caret.anchor, caret.focus)).toBe('operator never');
    caret = moveCaret(caret, blocks, key('ArrowLeft', true))!;
    expect(blocks[0]!.slice(caret.anchor, caret.focus)).toBe('operator neve');
  });

  it('collapses a selection to its edge on a plain arrow, and keeps within the paragraph', () => {
    const caret = moveCaret({ block: 0, anchor: 4, focus: 12 }, blocks, key('ArrowLeft'));
    expect(caret).toEqual({ block: 0, anchor: 4, focus: 4 });
    expect(moveCaret({ block: 0, anchor: 0, focus: 0 }, blocks, key('ArrowLeft'))).toEqual({
      block: 0,
      anchor: 0,
      focus: 0,
    });
    expect(moveCaret({ block: 0, anchor: 0, focus: 0 }, blocks, key('End', true))?.focus).toBe(
      blocks[0]!.length,
    );
  });

  it('moves between paragraphs with Up and Down, and ignores other keys', () => {
    expect(moveCaret({ block: 0, anchor: 5, focus: 9 }, blocks, key('ArrowDown'))).toEqual({
      block: 1,
      anchor: 0,
      focus: 0,
    });
    expect(moveCaret({ block: 1, anchor: 0, focus: 0 }, blocks, key('ArrowDown'))?.block).toBe(1);
    expect(moveCaret({ block: 0, anchor: 0, focus: 0 }, blocks, key('a'))).toBeNull();
  });
});
