import { z } from 'zod';
import { IdSchema } from './ids';
import { FuzzyDateSchema } from './fuzzy-date-schema';
import { TextRangeSchema } from './text-range-schema';
import { DraftSchema } from './draft-schema';
import { EVENT_KINDS } from './event-kinds';

export const SideSchema = z
  .object({ id: IdSchema, name: z.string().min(1) })
  .strict()
  .describe('A party to the story: a lane on the timeline');

export const ActorSchema = z
  .object({
    id: IdSchema,
    name: z.string().min(1),
    sideId: IdSchema,
  })
  .strict();

export const EventKindSchema = z.enum(EVENT_KINDS);

export const EventSchema = z
  .object({
    id: IdSchema,
    kind: EventKindSchema,
    summary: z.string().min(1).describe('One line, editorial'),
    wording: TextRangeSchema.describe('The article’s own words for it'),
    actorIds: z.array(IdSchema).min(1),
    when: FuzzyDateSchema,
    until: FuzzyDateSchema.optional().describe('How long it holds ("through at least January")'),
    answersId: IdSchema.optional().describe('The earlier event this one answers'),
    afterIds: z
      .array(IdSchema)
      .default([])
      .describe('Events the text says came before this one, for ordering fuzzy dates'),
    evidence: z
      .object({
        attributionIds: z.array(IdSchema).default([]),
        quoteIds: z.array(IdSchema).default([]),
      })
      .strict(),
    draft: DraftSchema,
  })
  .strict();

export type Side = z.infer<typeof SideSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type TimelineEvent = z.infer<typeof EventSchema>;
export type EventKind = z.infer<typeof EventKindSchema>;
