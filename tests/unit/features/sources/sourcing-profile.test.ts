import { describe, expect, it } from 'vitest';
import { parseArticleData } from '../../../../src/article/parse-article';
import { prepareArticle } from '../../../../src/article/prepare-article';
import { sourcingProfile, wholePercents } from '../../../../src/features/sources/sourcing-profile';
import type { Article } from '../../../../src/article/article-schema';
import { SEED_ARTICLE_FILE, readText, smallArticle } from '../../../fixtures/load-fixture';

function prepared(article: unknown) {
  const result = parseArticleData(article);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return prepareArticle(result.article);
}

const nonSpace = (text: string) => text.replace(/\s/g, '').length;

describe('sourcingProfile', () => {
  it('counts each passage’s characters for its kind of source and the rest as unattributed', () => {
    const article = smallArticle();
    const profile = sourcingProfile(prepared(article));
    const text = (id: string) => article.attributions.find((a) => a.id === id)!.range.text;
    const byCategory = Object.fromEntries(profile.shares.map((s) => [s.category, s.characters]));
    expect(byCategory).toEqual({
      named: nonSpace(text('a-mayor')),
      anonymous: nonSpace(text('a-union')),
      'own-reporting': nonSpace(text('a-vote')),
      unattributed: profile.totalCharacters - nonSpace(text('a-mayor') + text('a-union') + text('a-vote')),
    });
  });

  it('counts a character inside nested passages once, for the innermost, and skips white space', () => {
    const text = 'Outer words, inner part here, outer again.';
    const range = (id: string, start: number, end: number) => ({ id, range: { blockId: 'p-1', start, end } });
    const outer = range('a-outer', 0, text.length);
    const inner = range('a-inner', text.indexOf('inner'), text.indexOf(', outer'));
    const stub = {
      article: {
        body: [{ type: 'paragraph', id: 'p-1', text }],
        sources: [],
        attributions: [],
        quotes: [],
        events: [],
      },
      attributionsByBlock: new Map([['p-1', [outer, inner]]]),
      categoryOfAttribution: new Map([
        ['a-outer', 'named'],
        ['a-inner', 'anonymous'],
      ]),
    } as unknown as Parameters<typeof sourcingProfile>[0];
    const byCategory = Object.fromEntries(
      sourcingProfile(stub).shares.map((s) => [s.category, s.characters]),
    );
    expect(byCategory).toEqual({
      anonymous: nonSpace('inner part here'),
      named: nonSpace(text) - nonSpace('inner part here'),
    });
  });

  it('counts sources, passages, quotes and events from the data', () => {
    expect(sourcingProfile(prepared(smallArticle())).counts).toEqual({
      sources: 3,
      passages: 3,
      quotes: 1,
      events: 3,
    });
  });

  it('calls a passage whose words began with someone else a relayed statement', () => {
    const article: Article = smallArticle();
    article.attributions[2]!.chain = [
      { sourceId: 's-mayor' },
      { sourceId: 's-familiar-person' },
      { sourceId: 's-ledger' },
    ];
    const shares = sourcingProfile(prepared(article)).shares.map((s) => s.category);
    expect(shares).toContain('relayed');
    expect(shares).not.toContain('anonymous');
  });

  it('shows the seed article resting mostly on anonymous sources', () => {
    const profile = sourcingProfile(prepared(JSON.parse(readText(SEED_ARTICLE_FILE))));
    expect(profile.shares[0]?.category).toBe('anonymous');
    expect(profile.counts).toEqual({ sources: 7, passages: 28, quotes: 16, events: 21 });
  });
});

describe('wholePercents', () => {
  it('rounds shares to whole numbers that add up to 100', () => {
    const shares = [33.3, 33.3, 33.4].map((percent) => ({
      category: 'named' as const,
      characters: 1,
      percent,
    }));
    const rounded = wholePercents(shares);
    expect(rounded.reduce((a, b) => a + b, 0)).toBe(100);
    expect(rounded).toEqual([33, 33, 34]);
  });
});
