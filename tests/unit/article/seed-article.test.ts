import { describe, expect, it } from 'vitest';
import { parseArticleText } from '../../../src/article/parse-article';
import { blockText, type Block } from '../../../src/article/body-schema';
import type { Article } from '../../../src/article/article-schema';
import { SEED_ARTICLE_FILE, readText, seedLines } from '../../fixtures/load-fixture';

function seedArticle(): Article {
  const result = parseArticleText(readText(SEED_ARTICLE_FILE));
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return result.article;
}

/** The lines a block was made from: a figure with published alt text was two lines. */
function publishedLines(block: Block): string[] {
  if (block.type === 'figure')
    return block.alt.origin === 'published' ? [block.alt.text, block.caption] : [block.caption];
  return [blockText(block)];
}

describe('the seed article', () => {
  const article = seedArticle();

  it('passes every schema and integrity rule', () => {
    expect(article.schemaVersion).toBe(1);
  });

  it('keeps every line of the seed text, verbatim and in order', () => {
    expect(article.body.flatMap(publishedLines)).toEqual(seedLines());
  });

  it('marks every quotation in the text', () => {
    const text = seedLines().join('\n');
    // Double quotations, and single ones nested in them (an apostrophe is not a quotation mark).
    const quotations = [...text.matchAll(/“([^”]+)”/g), ...text.matchAll(/‘([^’]+)’/g)].map((m) => m[1]);
    const parts = article.quotes.flatMap((q) => q.parts.map((p) => p.text));
    expect(quotations.length).toBeGreaterThan(15);
    expect(parts.sort()).toEqual([...quotations].sort());
  });

  it('marks every bracketed insertion as the editor’s', () => {
    const brackets =
      seedLines()
        .join('\n')
        .match(/\[[^\]]+\]/g) ?? [];
    const insertions = article.quotes.flatMap((q) => q.insertions.map((i) => i.text));
    expect(insertions.sort()).toEqual([...brackets].sort());
  });

  it('does not invent a publication day', () => {
    expect(article.meta.published).toMatchObject({ precision: 'month', basis: 'inferred' });
  });

  it('marks its added headline as editorial', () => {
    expect(article.meta.headline.origin).toBe('editorial');
  });

  it('gives every event evidence in the text', () => {
    for (const event of article.events)
      expect(event.evidence.attributionIds.length + event.evidence.quoteIds.length, event.id).toBeGreaterThan(
        0,
      );
  });
});
