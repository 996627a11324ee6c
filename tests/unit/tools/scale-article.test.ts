import { describe, expect, it } from 'vitest';
import { parseArticleData, parseArticleText } from '../../../src/article/parse-article';
import { countArticle, scaleArticle } from '../../../tools/scale-article';
import { SEED_ARTICLE_FILE, readText } from '../../fixtures/load-fixture';

function loadSeed() {
  const result = parseArticleText(readText(SEED_ARTICLE_FILE));
  if (!result.ok) throw new Error('the seed article does not parse');
  return result.article;
}

describe('scaleArticle', () => {
  it('makes a 50× article that passes the schema and its integrity rules', () => {
    const seed = loadSeed();
    const scaled = scaleArticle(seed, 50, 'bench-scale');
    const result = parseArticleData(JSON.parse(JSON.stringify(scaled)));
    expect(result.ok ? [] : result.problems.slice(0, 5)).toEqual([]);
    const seedCounts = countArticle(seed);
    const counts = countArticle(scaled);
    expect(counts.blocks).toBe(seedCounts.blocks * 50);
    expect(counts.quotes).toBe(seedCounts.quotes * 50);
    expect(counts.events).toBe(seedCounts.events * 50);
  });

  it('keeps the seed ids in the first copy and suffixes the others', () => {
    const scaled = scaleArticle(loadSeed(), 3, 'bench-scale');
    const ids = scaled.quotes.map((q) => q.id);
    expect(ids).toContain('q-bewildered');
    expect(ids).toContain('q-bewildered-x02');
    expect(scaled.quotes.find((q) => q.id === 'q-bewildered-x02')?.parts[0]?.blockId).toMatch(/-x02$/);
  });

  it('gives the same output for the same seed', () => {
    const seed = loadSeed();
    expect(JSON.stringify(scaleArticle(seed, 4, 'b'))).toBe(JSON.stringify(scaleArticle(seed, 4, 'b')));
  });
});
