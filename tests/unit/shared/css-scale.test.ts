import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The scale is defined in src/shared/theme.css. These tests hold stylesheets to it.
// From the project root (where npm runs), since jsdom gives modules http: URLs.
const SRC = resolve(process.cwd(), 'src');

const stylesheets = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.css'))
  .sort();

/** The stylesheets converted to the scale; the others join this list once converted. */
const ON_THE_SCALE = [
  'shared/theme.css',
  'shared/controls.css',
  'shared/permalink.css',
  'shared/skip-links.css',
  'shared/tabs.css',
  'app/reader-page.css',
  'features/embed/embed.css',
  'features/embed/embed-dialog.css',
  'features/deep-links/deep-links.css',
];

/** Media queries cannot read custom properties: the breakpoints are this fixed set (theme.css). */
const BREAKPOINTS = [
  'max-width: 600px',
  'max-width: 759px',
  'min-width: 760px',
  'max-width: 1099px',
  'min-width: 1100px',
];

const SCALED =
  /^(margin|padding|gap|row-gap|column-gap|top|right|bottom|left|inset)(-[a-z-]+)?$|^font-size$|^border-radius$/;

function read(file: string): string {
  return readFileSync(join(SRC, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
}

/** `file:line: declaration` for each space, type size or radius written as a fixed length. */
function offScale(file: string): string[] {
  return read(file)
    .split('\n')
    .flatMap((line, index) => {
      const declaration = /^\s*([a-z-]+)\s*:\s*(.+?);?\s*$/.exec(line);
      if (!declaration?.[1] || !declaration[2] || !SCALED.test(declaration[1])) return [];
      // em follows the text it sits in (an offset to a line, code in prose), so it may stay.
      const fixed = /(?<![\w-])\d*\.?\d+(rem|px|pt)\b/.test(declaration[2]);
      return fixed ? [`${file}:${index + 1}: ${line.trim()}`] : [];
    });
}

function widthQueries(file: string): string[] {
  return [...read(file).matchAll(/@media[^{]*/g)].flatMap((query) =>
    [...query[0].matchAll(/\((?:min|max)-width:\s*[^)]*\)|\(\s*width\s*[<>][^)]*\)/g)].map((m) =>
      m[0].slice(1, -1).trim(),
    ),
  );
}

describe('the CSS scale', () => {
  it('finds the stylesheets it checks', () => {
    expect(stylesheets).toEqual(expect.arrayContaining(ON_THE_SCALE));
  });

  it('writes every space, type size and radius of a converted stylesheet as a token', () => {
    expect(ON_THE_SCALE.flatMap(offScale)).toEqual([]);
  });

  it('uses only the documented breakpoints, in every stylesheet', () => {
    const strays = stylesheets.flatMap((file) =>
      widthQueries(file)
        .filter((query) => !BREAKPOINTS.includes(query))
        .map((query) => `${file}: (${query}); the set is ${BREAKPOINTS.join(', ')}`),
    );
    expect(strays).toEqual([]);
  });
});
