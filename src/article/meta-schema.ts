import { z } from 'zod';
import { IdSchema, OriginSchema, WebUrlSchema } from './ids';
import { FuzzyDateSchema } from './fuzzy-date-schema';

const TextWithOriginSchema = z.object({ text: z.string().min(1), origin: OriginSchema }).strict();

const AuthorSchema = z
  .object({
    id: IdSchema,
    name: z.string().min(1),
    bio: z.string().optional().describe('Short biography as published'),
    bioBlockId: IdSchema.optional().describe('The end-matter block that carries the bio'),
  })
  .strict();

const VersionSchema = z
  .object({
    relation: z.enum(['canonical', 'translation']),
    language: z.string().min(2).describe('BCP 47 language tag'),
    label: z.string().min(1).describe('How the article names it ("Read in Korean")'),
    url: WebUrlSchema.optional().describe('Absent when the article links it without an address'),
    blockId: IdSchema.optional().describe('The block that mentions this version'),
  })
  .strict();

export const MetaSchema = z
  .object({
    headline: TextWithOriginSchema,
    standfirst: TextWithOriginSchema.optional(),
    publisher: z.object({ id: IdSchema, name: z.string().min(1), url: WebUrlSchema.optional() }).strict(),
    authors: z.array(AuthorSchema),
    language: z.string().min(2).describe('BCP 47 language tag of this text'),
    published: FuzzyDateSchema.describe(
      'Publication date, as precise as the evidence allows: never an invented day',
    ),
    versions: z.array(VersionSchema),
    editorNote: z
      .string()
      .optional()
      .describe('What the editor of this file added or decided, in a sentence or two'),
    draft: z
      .boolean()
      .optional()
      .describe('The whole file is a machine-made draft (npm run ingest) that an editor has not reviewed'),
  })
  .strict();

export type Meta = z.infer<typeof MetaSchema>;
