import { queryOptions, useQuery } from '@tanstack/react-query';
import { ArticleIndexSchema, ARTICLE_INDEX_FILE, type ArticleIndex } from './article-index-schema';

async function fetchArticleIndex(signal: AbortSignal): Promise<ArticleIndex> {
  const response = await fetch(new URL(ARTICLE_INDEX_FILE, document.baseURI), { signal });
  if (!response.ok) throw new Error(`${ARTICLE_INDEX_FILE}: the server answered HTTP ${response.status}`);
  const result = ArticleIndexSchema.safeParse(await response.json());
  if (!result.success) throw new Error(`${ARTICLE_INDEX_FILE} is not a valid article list`);
  return result.data;
}

export function articleIndexQueryOptions() {
  return queryOptions({
    queryKey: ['article-index'],
    queryFn: ({ signal }) => fetchArticleIndex(signal),
    staleTime: Infinity,
  });
}

export function useArticleIndex() {
  return useQuery(articleIndexQueryOptions());
}
