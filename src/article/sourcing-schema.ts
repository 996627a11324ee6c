import { z } from 'zod';
import { IdSchema } from './ids';
import { FuzzyDateSchema } from './fuzzy-date-schema';
import { TextRangeSchema } from './text-range-schema';
import { DraftSchema, ReviewSchema } from './draft-schema';

export const SourceKindSchema = z.enum([
  'anonymous-person', // "a source in North Korea"
  'named-person',
  'group', // "Chinese officials"
  'organization',
  'publication', // the publication's own reporting ("Daily NK has learned")
  'earlier-report', // an earlier report, the publication's own or another outlet's
  'reporter', // the reporter's own analysis or inference
  'document',
]);

export const ChannelSchema = z
  .object({
    type: z.enum(['phone', 'in-person', 'email', 'messaging', 'document', 'broadcast', 'unknown']),
    text: z.string().optional().describe('The article’s words for it ("In a phone conversation")'),
  })
  .strict();

export const SourceSchema = z
  .object({
    id: IdSchema,
    name: z.string().min(1).describe('The source as the article names it'),
    kind: SourceKindSchema,
    aliases: z.array(z.string().min(1)).default([]).describe('Later mentions ("the source")'),
    anonymity: z
      .object({
        anonymous: z.boolean(),
        reason: z.string().optional().describe('The stated reason, verbatim'),
      })
      .strict(),
    channel: ChannelSchema.optional(),
    contacted: FuzzyDateSchema.optional(),
    description: z.string().optional().describe('Editorial: who this is, in a sentence'),
    draft: DraftSchema,
  })
  .strict();

export const CertaintySchema = z
  .enum(['stated', 'hedged', 'inferred'])
  .describe('stated: asserted; hedged: softened by a hedge word; inferred: the reporter’s reading');

/** One link of "who told whom": the origin first, the publication last. */
export const RelayLinkSchema = z
  .object({
    sourceId: IdSchema,
    channel: ChannelSchema.optional(),
    when: FuzzyDateSchema.optional(),
  })
  .strict();

export const AttributionSchema = z
  .object({
    id: IdSchema,
    range: TextRangeSchema.describe('The attributed passage'),
    sourceId: IdSchema.describe('Whom the article credits for the passage'),
    cue: TextRangeSchema.optional().describe('The attributing words ("said the source")'),
    chain: z
      .array(RelayLinkSchema)
      .min(1)
      .describe('Who told whom, from the original speaker to the publication'),
    certainty: CertaintySchema,
    hedges: z.array(TextRangeSchema).default([]).describe('Words that set the certainty'),
    draft: DraftSchema,
    review: ReviewSchema,
  })
  .strict();

export type Source = z.infer<typeof SourceSchema>;
export type SourceKind = z.infer<typeof SourceKindSchema>;
export type Attribution = z.infer<typeof AttributionSchema>;
export type RelayLink = z.infer<typeof RelayLinkSchema>;
