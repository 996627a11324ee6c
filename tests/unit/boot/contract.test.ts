import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ARTICLE_NAME_PATTERN,
  INSTANCE_ID_PATTERN,
  ITEM_ID_PATTERN,
} from '../../../src/article/article-names';
import {
  articlePagePath,
  cardReserveCss,
  DEFAULT_ARTICLE_META,
  OTHER_PAGE,
  PAGE_ATTRIBUTE,
  PRERENDERED_ATTRIBUTE,
  readBootRoute,
  ROOT_ID,
} from '../../../src/boot/contract';

const read = (file: string) => readFileSync(file, 'utf8');

describe('readBootRoute: what a fragment means to the page before the app starts', () => {
  const own = 'harbour-vote';

  it('is the page’s own article for an empty fragment, a root, a reading link to it, or a passage in it', () => {
    for (const hash of ['', '#', '#/', `#/read/${own}`, `#/read/${own}?exact=two+words`])
      expect(readBootRoute(hash, own)).toEqual({ kind: 'own', article: own });
  });

  it('names the item of a deep link and of a plain #ID anchor, as a page without JavaScript reads it', () => {
    expect(readBootRoute(`#/read/${own}/q-promise`, own)).toEqual({
      kind: 'own',
      article: own,
      item: 'q-promise',
    });
    expect(readBootRoute('#q-promise', own)).toEqual({ kind: 'own', article: own, item: 'q-promise' });
  });

  it('keeps the article but drops an item that is not an id (the app explains it over the article)', () => {
    expect(readBootRoute(`#/read/${own}/Not%20An%20Id`, own)).toEqual({ kind: 'own', article: own });
    expect(readBootRoute(`#/read/${own}/%E0%A4%A`, own)).toEqual({ kind: 'own', article: own });
  });

  it('is another page for another article, the index, an embed or a link it cannot read', () => {
    expect(readBootRoute('#/read/other-story/q-one', own)).toEqual({ kind: 'other', article: 'other-story' });
    expect(readBootRoute(`#/embed/${own}?view=card`, own)).toEqual({ kind: 'other', article: own });
    expect(readBootRoute('#/articles', own)).toEqual({ kind: 'other' });
    expect(readBootRoute('#/nonsense', own)).toEqual({ kind: 'other' });
    expect(readBootRoute('#Not-An-Id', own)).toEqual({ kind: 'other' });
    expect(readBootRoute('#/read/..%2F..%2Fetc', own)).toEqual({ kind: 'other' });
  });
});

describe('articlePagePath: where an article’s own page is', () => {
  it('is NAME.html beside index.html, for names a link may hold', () => {
    expect(articlePagePath('harbour-vote')).toBe('harbour-vote.html');
    expect(articlePagePath('2024-budget')).toBe('2024-budget.html');
  });

  it('is none for index (index.html’s) and for any name that is not an article name', () => {
    for (const name of ['index', '', '-x', 'A', 'a b', '../x', 'a/b', 'x'.repeat(101), 'é'])
      expect(articlePagePath(name)).toBeUndefined();
  });
});

describe('the contract’s names are the ones every part of the path spells', () => {
  it('the CSS hook hides exactly the root boot.js marks, by the contract’s names', () => {
    const css = read('src/boot/boot.css');
    expect(css).toContain(`html[${PAGE_ATTRIBUTE}='${OTHER_PAGE}'] #${ROOT_ID}[${PRERENDERED_ATTRIBUTE}]`);
  });

  it('index.html names its default article with the contract’s meta and has the root boot expects', () => {
    const html = read('index.html');
    expect(html).toMatch(
      new RegExp(
        `<meta name="${DEFAULT_ARTICLE_META}" content="${ARTICLE_NAME_PATTERN.source.slice(1, -1)}"`,
      ),
    );
    expect(html).toContain(`<div id="${ROOT_ID}"></div>`);
  });

  it('public/embed.js, a loader hand-written for other sites, holds the same id patterns', () => {
    const loader = read('public/embed.js');
    const literal = (name: string) => new RegExp(`var ${name} = (/.+/[a-z]*);`).exec(loader)?.[1];
    expect(literal('ARTICLE')).toBe(String(ARTICLE_NAME_PATTERN));
    expect(literal('ITEM')).toBe(String(ITEM_ID_PATTERN));
    expect(literal('INSTANCE')).toBe(String(INSTANCE_ID_PATTERN));
  });
});

describe('cardReserveCss: room for a linked mark’s card until it opens', () => {
  it('keeps room under the block of a quote or attribution with that id, until a card follows it', () => {
    const css = cardReserveCss('q-promise');
    expect(css).toContain('.pv-block:has([id="q-promise"]:is([data-quote], [data-attribution]))');
    expect(css).toContain(':not(:has(~ .pv-cards, ~ .pv-quote-cards))::after');
  });

  it('writes nothing for a string that is not an item id, so no selector can be injected', () => {
    expect(cardReserveCss('q"] , body { display: none } [x="')).toBe('');
    expect(cardReserveCss('1-starts-with-a-digit')).toBe('');
  });
});
