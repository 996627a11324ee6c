import { describe, expect, it } from 'vitest';
import { ARTICLE_INDEX_PATH, articleIndexText } from '../../../src/cli/article-index-file';
import { readText } from '../../fixtures/load-fixture';

describe('public/article-index.json', () => {
  it('lists the articles in public/articles (run `npm run index-articles` after adding one)', async () => {
    expect(readText(ARTICLE_INDEX_PATH)).toBe(await articleIndexText());
  });
});
