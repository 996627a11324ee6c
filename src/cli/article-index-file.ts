import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describeProblem } from '../article/article-problem';
import type { ArticleFile, IndexProblem } from '../publish/article-index';

export const ARTICLES_DIR = 'public/articles';

/** The `.json` files of an articles directory, by name; anything else in it is not an article. */
export async function readArticleFiles(dir: string): Promise<ArticleFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => entry.name)
    .sort();
  return Promise.all(files.map(async (file) => ({ file, text: await readFile(join(dir, file), 'utf8') })));
}

/** `public/articles/x.json: quotes[0].speakerId: "s-nobody" names no source (left out of the list)`. */
export function describeIndexProblem(dir: string, problem: IndexProblem): string {
  return `${join(dir, problem.file)}: ${describeProblem(problem)} (left out of the article list)`;
}
