import { z } from 'zod';
import { IdSchema } from './ids';
import { MetaSchema } from './meta-schema';
import { BlockSchema } from './body-schema';
import { AttributionSchema, SourceSchema } from './sourcing-schema';
import { NoteSchema, QuoteSchema } from './quote-schema';
import { ActorSchema, EventSchema, SideSchema } from './event-schema';
import { PhaseSchema } from './phase-schema';

export const SCHEMA_VERSION = 1;

/**
 * The shape alone: what the generated JSON Schema describes. Apart from article-schema.ts so
 * that the integrity rules can name its type without a cycle (the rules refine this shape).
 */
export const ArticleShapeSchema = z
  .object({
    $schema: z.string().optional(),
    schemaVersion: z.literal(SCHEMA_VERSION),
    id: IdSchema,
    meta: MetaSchema,
    body: z.array(BlockSchema).min(1),
    sources: z.array(SourceSchema).default([]),
    attributions: z.array(AttributionSchema).default([]),
    quotes: z.array(QuoteSchema).default([]),
    notes: z.array(NoteSchema).default([]),
    sides: z.array(SideSchema).default([]),
    actors: z.array(ActorSchema).default([]),
    events: z.array(EventSchema).default([]),
    // Optional without a default: an article without phases parses to itself (its digest holds).
    phases: z
      .array(PhaseSchema)
      .optional()
      .describe('Optional: the negotiation view’s phases, in order; when given, every event is in one'),
  })
  .strict();
