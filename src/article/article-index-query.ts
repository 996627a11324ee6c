import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ArticleIndex } from './article-index-schema';
import { REDIRECT_MESSAGE, isFromPage, sameOriginUrl } from './same-origin-fetch';

// Kept equal to ARTICLE_INDEX_FILE in article-index-schema.ts, which is loaded on demand.
const ARTICLE_INDEX_FILE = 'article-index.json';

async function fetchArticleIndex(signal: AbortSignal): Promise<ArticleIndex> {
  const parser = import('./article-parser');
  const response = await fetch(sameOriginUrl(ARTICLE_INDEX_FILE), { signal, redirect: 'manual' });
  if (!isFromPage(response)) throw new Error(`${ARTICLE_INDEX_FILE}: ${REDIRECT_MESSAGE}`);
  if (!response.ok) throw new Error(`${ARTICLE_INDEX_FILE}: the server answered HTTP ${response.status}`);
  const data: unknown = await response.json();
  const { ArticleIndexSchema } = await parser;
  const result = ArticleIndexSchema.safeParse(data);
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
