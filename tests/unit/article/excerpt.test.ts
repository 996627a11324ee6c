import { describe, expect, it } from 'vitest';
import { excerpt } from '../../../src/article/excerpt';

/** The plain definition: collapse all white space, then cut at a word. */
function plainExcerpt(text: string, max = 90): string {
  const clean = text.trim().replace(/\s+/g, ' ');
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const atWord = cut.lastIndexOf(' ') > max / 2 ? cut.slice(0, cut.lastIndexOf(' ')) : cut;
  return `${atWord.replace(/[\s,.;:…]+$/, '')}…`;
}

describe('excerpt', () => {
  const word = 'word ';
  const cases = [
    '',
    'Short text.',
    `  ${word.repeat(10)}  `,
    word.repeat(1000),
    `${' '.repeat(500)}${word.repeat(30)}`,
    `${word.repeat(5)}${' \n\t '.repeat(200)}${word.repeat(40)}`,
    `${'x'.repeat(400)} tail`,
  ];

  it.each(cases.map((text, index) => [index, text] as const))(
    'cuts text %i exactly as collapsing the whole text would',
    (_index, text) => {
      for (const max of [20, 50, 90]) expect(excerpt(text, max)).toBe(plainExcerpt(text, max));
    },
  );
});
