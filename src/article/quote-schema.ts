import { z } from 'zod';
import { IdSchema, WebUrlSchema } from './ids';
import { TextRangeSchema } from './text-range-schema';
import { DraftSchema, ReviewSchema } from './draft-schema';

/**
 * A quotation. Its parts are the words inside the published quotation marks (marks excluded);
 * a quote split around "said the source" has two parts and is one utterance.
 */
export const QuoteSchema = z
  .object({
    id: IdSchema,
    parts: z.array(TextRangeSchema).min(1),
    speakerId: IdSchema.describe('Source whose words these are'),
    relayedById: IdSchema.optional().describe('Source who passed the words on, if not the speaker'),
    attributionId: IdSchema.optional().describe('The attribution that carries this quote'),
    parentId: IdSchema.optional().describe('The quote this one is nested in'),
    insertions: z
      .array(TextRangeSchema)
      .default([])
      .describe('The editor’s bracketed insertions, brackets included'),
    noteIds: z.array(IdSchema).default([]),
    draft: DraftSchema,
    review: ReviewSchema,
  })
  .strict();

/** A context note. Every note is editorial: the article did not publish it. */
export const NoteSchema = z
  .object({
    id: IdSchema,
    title: z.string().min(1),
    text: z.string().min(1),
    anchors: z.array(TextRangeSchema).default([]).describe('Passages the note explains'),
    reference: z
      .object({ label: z.string().min(1), url: WebUrlSchema.optional(), eventId: IdSchema.optional() })
      .strict()
      .optional(),
    draft: DraftSchema,
  })
  .strict();

export type Quote = z.infer<typeof QuoteSchema>;
export type Note = z.infer<typeof NoteSchema>;
