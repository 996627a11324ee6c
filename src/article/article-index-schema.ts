import { z } from 'zod';
import { FuzzyDateSchema } from './fuzzy-date-schema';
import { ARTICLE_NAME_PATTERN } from './article-names';

/** The list of bundled articles (public/article-index.json), made by the build (scripts/publish-articles.ts). */
export const ArticleIndexSchema = z
  .object({
    articles: z.array(
      z
        .object({
          name: z.string().regex(ARTICLE_NAME_PATTERN),
          headline: z.string().min(1),
          description: z.string(),
          authors: z.array(z.string().min(1)),
          publisher: z.string().min(1),
          published: FuzzyDateSchema,
          language: z.string().min(2),
        })
        .strict(),
    ),
  })
  .strict();

export type ArticleIndex = z.infer<typeof ArticleIndexSchema>;
export type ArticleIndexEntry = ArticleIndex['articles'][number];

export const ARTICLE_INDEX_FILE = 'article-index.json';
