import { describe, expect, it } from 'vitest';
import { findPassage, quoteFromRange } from '../../../src/shared/text-quote';

const blocks = [
  { id: 'p-one', text: 'The source said China objected. Later, China objected again, the source said.' },
  { id: 'p-two', text: 'North Korea is in a rush, said the source.' },
];

describe('text quote selectors', () => {
  it('stores the exact words with context from the same block', () => {
    const text = blocks[1]!.text;
    const start = text.indexOf('in a rush');
    expect(quoteFromRange(text, start, start + 'in a rush'.length)).toEqual({
      exact: 'in a rush',
      prefix: 'North Korea is ',
      suffix: ', said the source.',
    });
  });

  it('finds a unique passage', () => {
    expect(findPassage(blocks, { exact: 'in a rush', prefix: '', suffix: '' })).toEqual({
      status: 'found',
      blockId: 'p-two',
      start: 15,
      end: 24,
    });
  });

  it('tells repeated words apart by their context', () => {
    const text = blocks[0]!.text;
    const second = text.lastIndexOf('China objected');
    const quote = quoteFromRange(text, second, second + 'China objected'.length);
    expect(findPassage(blocks, quote)).toMatchObject({ status: 'found', blockId: 'p-one', start: second });
  });

  it('still finds the passage after ids and offsets change', () => {
    const quote = quoteFromRange(blocks[1]!.text, 15, 24);
    const edited = [
      { id: 'p-renamed', text: 'A new first sentence. North Korea is in a rush, said the source.' },
    ];
    expect(findPassage(edited, quote)).toMatchObject({ status: 'found', blockId: 'p-renamed', start: 37 });
  });

  it('says the passage is missing rather than jumping to a look-alike', () => {
    expect(findPassage(blocks, { exact: 'in a hurry', prefix: 'North Korea is ', suffix: '' })).toEqual({
      status: 'missing',
    });
  });

  it('says so when context cannot tell two occurrences apart', () => {
    expect(findPassage(blocks, { exact: 'China objected', prefix: '', suffix: '' })).toEqual({
      status: 'ambiguous',
      count: 2,
    });
  });
});
