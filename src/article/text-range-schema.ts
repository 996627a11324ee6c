import { z } from 'zod';
import { IdSchema } from './ids';

/**
 * A span of one block's text. Offsets count UTF-16 code units (JavaScript string indices),
 * end exclusive. `text` repeats the covered characters so that a range can be checked, and
 * re-found if an editor changes the block (the TextQuoteSelector idea).
 */
export const TextRangeSchema = z
  .object({
    blockId: IdSchema,
    start: z.int().nonnegative(),
    end: z.int().positive(),
    text: z.string().min(1),
  })
  .strict();

export type TextRange = z.infer<typeof TextRangeSchema>;
