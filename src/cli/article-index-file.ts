import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleIndex } from '../article/article-index-schema';
import { parseArticleText } from '../article/parse-article';

export const ARTICLES_DIR = 'public/articles';
export const ARTICLE_INDEX_PATH = 'public/article-index.json';

/** The article list from the files in public/articles/, newest first; invalid files are refused. */
export async function articleIndexText(dir = ARTICLES_DIR): Promise<string> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.json')).sort();
  const articles: ArticleIndex['articles'] = [];
  for (const file of files) {
    const result = parseArticleText(await readFile(join(dir, file), 'utf8'));
    if (!result.ok)
      throw new Error(`${join(dir, file)} is not valid: run npm run validate -- ${join(dir, file)}`);
    const { meta } = result.article;
    articles.push({
      name: file.slice(0, -'.json'.length),
      headline: meta.headline.text,
      publisher: meta.publisher.name,
      published: meta.published,
      language: meta.language,
    });
  }
  articles.sort((a, b) => (b.published.latest ?? '').localeCompare(a.published.latest ?? ''));
  return `${JSON.stringify({ articles }, null, 2)}\n`;
}
