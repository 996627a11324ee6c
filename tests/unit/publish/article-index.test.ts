import { describe, expect, it } from 'vitest';
import { ArticleIndexSchema } from '../../../src/article/article-index-schema';
import { buildArticleIndex } from '../../../src/publish/article-index';
import { generatedArticleFiles } from '../../fixtures/generated-articles';

describe('buildArticleIndex', () => {
  it('lists every valid article of a generated set, newest first, as the reader’s schema expects', () => {
    const { files, valid } = generatedArticleFiles(30);
    const { index } = buildArticleIndex(files);
    expect(ArticleIndexSchema.safeParse(index).success).toBe(true);
    expect(index.articles.map((entry) => entry.name).sort()).toEqual([...valid].sort());
    const days = index.articles.map((entry) => entry.published.latest ?? '');
    expect(days).toEqual([...days].sort().reverse());
  });

  it('leaves out each file that does not validate, saying file, field path and reason', () => {
    const { files, invalid } = generatedArticleFiles();
    const { index, problems } = buildArticleIndex(files);
    for (const bad of invalid) {
      expect(index.articles.map((entry) => `${entry.name}.json`)).not.toContain(bad.file);
      expect(problems).toContainEqual(
        expect.objectContaining({
          file: bad.file,
          path: bad.path,
          message: expect.stringContaining(bad.words) as string,
        }),
      );
    }
  });

  it('leaves out files whose names no link could open, saying why', () => {
    const { files, badNames } = generatedArticleFiles();
    const { index, problems } = buildArticleIndex(files);
    expect(index.articles).toHaveLength(12);
    for (const file of badNames)
      expect(problems).toContainEqual({
        file,
        path: '',
        message: expect.stringMatching(/^the file name is not an article name/) as string,
      });
  });

  it('puts undated articles last', () => {
    const { files } = generatedArticleFiles(3);
    const undated = JSON.parse(files[0]!.text) as { meta: { published: unknown } };
    undated.meta.published = { text: 'not stated', precision: 'unknown', basis: 'inferred' };
    const { index } = buildArticleIndex([
      { file: 'undated.json', text: JSON.stringify(undated) },
      ...files.slice(1, 3),
    ]);
    expect(index.articles.at(-1)?.name).toBe('undated');
  });
});
