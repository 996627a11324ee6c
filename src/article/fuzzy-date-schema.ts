import { z } from 'zod';

/** A calendar day, `YYYY-MM-DD`. Only used as an interval bound, never as an invented exact date. */
export const IsoDaySchema = z.iso.date();

export const DatePrecisionSchema = z
  .enum([
    'day', // "Oct. 26"
    'weekday', // "on Monday": a weekday relative to a reference (usually publication)
    'part-of-month', // "early November", "the end of this month"
    'month', // "in November"
    'year',
    'open-bound', // "through at least next January": one side of the interval is open
    'unknown',
  ])
  .describe('How finely the text pins the date down');

/**
 * A date as honest as the text allows, modelled on EDTF (ISO 8601-2): the article's own phrase
 * kept verbatim, plus a machine-readable interval and how we know it.
 */
export const FuzzyDateSchema = z
  .object({
    text: z.string().min(1).describe('The article’s own phrase, verbatim ("early November")'),
    earliest: IsoDaySchema.optional().describe('First day it could be; absent when open'),
    latest: IsoDaySchema.optional().describe('Last day it could be; absent when open'),
    precision: DatePrecisionSchema,
    basis: z
      .enum(['stated', 'inferred'])
      .describe('stated: the text gives it; inferred: the editor worked it out'),
    relativeTo: z
      .enum(['publication', 'contact', 'earlier-report'])
      .optional()
      .describe('What a relative phrase ("on Monday") counts from'),
    edtf: z.string().optional().describe('The interval in EDTF, e.g. "2020-11-01/2020-11-10"'),
    reasoning: z.string().optional().describe('How an inferred date was worked out'),
  })
  .strict();

export type FuzzyDate = z.infer<typeof FuzzyDateSchema>;
