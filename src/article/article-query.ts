import { queryOptions, useQuery } from '@tanstack/react-query';
import { ArticleLoadError } from './article-load-error';
import { articleFile, isArticleName } from './article-location';
import { parseArticleText } from './parse-article';
import { prepareArticle, type PreparedArticle } from './prepare-article';

async function fetchArticle(name: string, signal: AbortSignal): Promise<PreparedArticle> {
  if (!isArticleName(name))
    throw new ArticleLoadError('bad-name', name, [
      { path: '', message: 'article names are lower-case letters, digits and hyphens' },
    ]);
  const file = articleFile(name);
  let response: Response;
  try {
    // Relative to the page, so the reader works under any sub-path.
    response = await fetch(new URL(file, document.baseURI), { signal });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new ArticleLoadError('network', file, [
      { path: '', message: 'the server could not be reached (are you offline?)' },
    ]);
  }
  if (response.status === 404)
    throw new ArticleLoadError('not-found', file, [{ path: '', message: 'no such file (HTTP 404)' }]);
  if (!response.ok)
    throw new ArticleLoadError('network', file, [
      { path: '', message: `the server answered HTTP ${response.status}` },
    ]);
  const result = parseArticleText(await response.text());
  if (!result.ok) throw new ArticleLoadError('invalid', file, result.problems);
  return prepareArticle(result.article);
}

/** The single home of the article query: its key, its fetcher, its retry rule. */
export function articleQueryOptions(name: string) {
  return queryOptions({
    queryKey: ['article', name],
    queryFn: ({ signal }) => fetchArticle(name, signal),
    staleTime: Infinity,
    retry: (failureCount, error) => error instanceof ArticleLoadError && error.retryable && failureCount < 3,
  });
}

export function useArticle(name: string) {
  return useQuery(articleQueryOptions(name));
}
