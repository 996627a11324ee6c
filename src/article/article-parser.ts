// First: zod's JIT must be off before any schema below is built (a strict CSP forbids eval).
import './zod-config';

/**
 * The reader's validation, loaded on demand (see article-query.ts): zod and the schemas are not
 * needed to start the app, so they stay out of the entry chunk and load while the JSON does.
 */
export { parseArticleText } from './parse-article';
export { ArticleIndexSchema } from './article-index-schema';
