import { z } from 'zod';

/** Set on items that `npm run ingest` found; an editor removes it after checking the item. */
export const DraftSchema = z
  .boolean()
  .optional()
  .describe('Found by machine (npm run ingest); an editor has not reviewed it yet');
