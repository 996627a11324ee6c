import { z } from 'zod';
import { IdSchema } from './ids';

/**
 * A stretch of the story the editor names ("North Korea asks again; China objects"): the
 * negotiation view heads its events with the title. Without phases the view derives them from
 * the dates.
 */
export const PhaseSchema = z
  .object({
    id: IdSchema,
    title: z.string().min(1).describe('A short editorial heading'),
    eventIds: z.array(IdSchema).min(1).describe('The events of this phase; each event in one phase'),
  })
  .strict()
  .describe('A named stretch of the negotiation, in story order');

export type Phase = z.infer<typeof PhaseSchema>;
