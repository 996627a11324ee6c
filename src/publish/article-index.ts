import type { Article } from '../article/article-schema';
import type { ArticleIndex, ArticleIndexEntry } from '../article/article-index-schema';
import { isArticleName } from '../article/article-names';
import type { ArticleProblem } from '../article/article-problem';
import { parseArticleText } from '../article/parse-article';
import { articleDescription } from './article-description';

/** One file in an articles directory: its file name (`NAME.json`) and its text. */
export type ArticleFile = { file: string; text: string };

/** A file left out of the index: which, where in it, and why. */
export type IndexProblem = ArticleProblem & { file: string };

export type ArticleIndexResult = {
  index: ArticleIndex;
  /** The articles that validated, by name, for whatever else the build makes of them. */
  articles: Map<string, Article>;
  problems: IndexProblem[];
};

function entry(name: string, article: Article): ArticleIndexEntry {
  const { meta } = article;
  return {
    name,
    headline: meta.headline.text,
    description: articleDescription(article),
    authors: meta.authors.map((author) => author.name),
    publisher: meta.publisher.name,
    published: meta.published,
    language: meta.language,
  };
}

/** Newest first by the latest day each could be; undated last; then by headline, then name. */
function newestFirst(a: ArticleIndexEntry, b: ArticleIndexEntry): number {
  const byDate = (b.published.latest ?? '').localeCompare(a.published.latest ?? '');
  return byDate || a.headline.localeCompare(b.headline) || a.name.localeCompare(b.name);
}

/**
 * The article list from the files of an articles directory. A file that is not a valid article,
 * or whose name is not an article name, is left out and reported (file, field path, reason), so
 * one bad file never takes the list, or the build, down with it.
 */
export function buildArticleIndex(files: readonly ArticleFile[]): ArticleIndexResult {
  const articles = new Map<string, Article>();
  const problems: IndexProblem[] = [];
  for (const { file, text } of files) {
    const name = file.slice(0, -'.json'.length);
    if (!file.endsWith('.json') || !isArticleName(name)) {
      problems.push({
        file,
        path: '',
        message:
          'the file name is not an article name (NAME.json, NAME being lower-case letters, digits and hyphens, at most 100): no link could open it',
      });
      continue;
    }
    const result = parseArticleText(text);
    if (result.ok) articles.set(name, result.article);
    else problems.push(...result.problems.map((problem) => ({ file, ...problem })));
  }
  const entries = [...articles].map(([name, article]) => entry(name, article)).sort(newestFirst);
  return { index: { articles: entries }, articles, problems };
}

/** The index file's text, as the reader fetches it. */
export function articleIndexJson(index: ArticleIndex): string {
  return `${JSON.stringify(index, null, 2)}\n`;
}
