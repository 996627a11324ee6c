import { z } from 'zod';

/** Set on items that `npm run ingest` found; an editor removes it after checking the item. */
export const DraftSchema = z
  .boolean()
  .optional()
  .describe('Found by machine (npm run ingest); an editor has not reviewed it yet');

/**
 * Set by the ingest on an item it is unsure of (a quotation whose speaker it could not find, say):
 * how sure it is and what to check, for the editor's desk and the reader to show. An editor
 * removes it with `draft` once the item is checked.
 */
export const ReviewSchema = z
  .object({
    confidence: z.number().min(0).max(1).describe('How sure the ingest is, from 0 (a guess) to 1'),
    reason: z.string().min(1).describe('What an editor should check, in a sentence'),
  })
  .strict()
  .optional();
