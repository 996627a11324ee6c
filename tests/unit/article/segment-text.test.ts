import { describe, expect, it } from 'vitest';
import { segmentText, type Mark, type Segment } from '../../../src/article/segment-text';

function flatten(segments: Segment[]): string {
  return segments.map((s) => (s.type === 'text' ? s.text : flatten(s.children))).join('');
}

function outline(segments: Segment[]): unknown[] {
  return segments.map((s) => (s.type === 'text' ? s.text : { [s.mark.kind]: outline(s.children) }));
}

const mark = (kind: Mark['kind'], start: number, end: number, id = kind): Mark => ({ kind, id, start, end });

describe('segmentText', () => {
  const text = 'He said “in a rush [to trade]” today.';

  it('returns the plain text when there are no marks', () => {
    expect(outline(segmentText(text, []))).toEqual([text]);
  });

  it('nests a quote inside its attribution and an insertion inside the quote', () => {
    const quoteStart = text.indexOf('in a rush');
    const quoteEnd = text.indexOf('”');
    const insStart = text.indexOf('[');
    const segments = segmentText(text, [
      mark('insertion', insStart, insStart + '[to trade]'.length),
      mark('attribution', 0, text.length),
      mark('quote', quoteStart, quoteEnd),
    ]);
    expect(outline(segments)).toEqual([
      { attribution: ['He said “', { quote: ['in a rush ', { insertion: ['[to trade]'] }] }, '” today.'] },
    ]);
  });

  it('cuts a mark that crosses another mark’s edge, keeping every character once', () => {
    const segments = segmentText('abcdefgh', [mark('attribution', 0, 5), mark('quote', 3, 8)]);
    expect(outline(segments)).toEqual([{ attribution: ['abc', { quote: ['de'] }] }, { quote: ['fgh'] }]);
    expect(flatten(segments)).toBe('abcdefgh');
  });

  it('keeps the text exact for adjacent and identical ranges', () => {
    const segments = segmentText('abcdef', [
      mark('hedge', 0, 3),
      mark('quote', 3, 6),
      mark('attribution', 0, 6),
    ]);
    expect(flatten(segments)).toBe('abcdef');
    expect(outline(segments)).toEqual([{ attribution: [{ hedge: ['abc'] }, { quote: ['def'] }] }]);
  });

  it('ignores ranges that fall outside the text instead of inventing characters', () => {
    expect(flatten(segmentText('abc', [mark('quote', 2, 9)]))).toBe('abc');
  });
});
