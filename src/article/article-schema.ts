import type { z } from 'zod';
import { ArticleShapeSchema } from './article-shape-schema';
import { checkIntegrity } from './integrity';

/** The shape plus the rules a JSON Schema cannot say: unique ids, references, ranges, cycles. */
export const ArticleSchema = ArticleShapeSchema.superRefine(checkIntegrity);

export type Article = z.infer<typeof ArticleSchema>;
/** What an article file may omit (defaults filled in by parsing). */
export type ArticleInput = z.input<typeof ArticleSchema>;
