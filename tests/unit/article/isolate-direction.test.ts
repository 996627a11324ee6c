import { describe, expect, it } from 'vitest';
import { isolateDirection } from '../../../src/article/isolate-direction';

describe('isolateDirection: a name that could turn a sentence around, isolated', () => {
  it('isolates a right-to-left name and one holding a direction control', () => {
    expect(isolateDirection('שלום עכשיו')).toBe('\u2068שלום עכשיו\u2069');
    expect(isolateDirection('الاتحاد')).toBe('\u2068الاتحاد\u2069');
    expect(isolateDirection('Harbour\u202e council')).toBe('\u2068Harbour\u202e council\u2069');
    expect(isolateDirection('a\u2067b')).toBe('\u2068a\u2067b\u2069');
  });

  it('leaves any other name as it is: the sentence stays plain text', () => {
    for (const name of ['North Korea', 'Dockworkers’ union', 'Ελλάδα', '中国', '5–2', ''])
      expect(isolateDirection(name)).toBe(name);
  });
});
