import { z } from 'zod';

/**
 * The W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/), as far as an
 * export of text annotations uses it: the required fields of collections, pages, annotations,
 * specific resources, selectors and textual bodies, with their types. Not strict about extra
 * properties, as the model allows them.
 */
const Iri = z.string().min(1);
const Motivation = z.enum([
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging',
]);
const TextQuoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});
const TextPositionSelector = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.int().nonnegative(),
    end: z.int().nonnegative(),
  })
  .refine((selector) => selector.start <= selector.end, 'start must not be after end');
const CssSelector = z.object({
  type: z.literal('CssSelector'),
  value: z.string().min(1),
  refinedBy: TextPositionSelector.optional(),
});
const Selector = z.union([TextQuoteSelector, TextPositionSelector, CssSelector]);
const SpecificResource = z.object({
  type: z.literal('SpecificResource').optional(),
  source: Iri,
  selector: z.union([Selector, z.array(Selector).min(1)]),
});
const TextualBody = z.object({
  type: z.literal('TextualBody'),
  value: z.string(),
  purpose: Motivation.optional(),
  format: z.string().optional(),
  language: z.string().optional(),
});
export const AnnotationModel = z.object({
  id: Iri,
  type: z.literal('Annotation'),
  motivation: z.union([Motivation, z.array(Motivation)]).optional(),
  body: z.union([TextualBody, z.array(TextualBody)]).optional(),
  target: z.union([Iri, SpecificResource, z.array(z.union([Iri, SpecificResource])).min(1)]),
});
const AnnotationPageModel = z.object({
  id: Iri,
  type: z.literal('AnnotationPage'),
  partOf: z.union([Iri, z.object({ id: Iri })]).optional(),
  startIndex: z.int().nonnegative().optional(),
  items: z.array(AnnotationModel),
});
export const AnnotationCollectionModel = z.object({
  '@context': z.union([
    z.literal('http://www.w3.org/ns/anno.jsonld'),
    z
      .array(z.unknown())
      .refine((list) => list.includes('http://www.w3.org/ns/anno.jsonld'), 'must name the anno context'),
  ]),
  id: Iri,
  type: z.union([
    z.literal('AnnotationCollection'),
    z.array(z.string()).refine((types) => types.includes('AnnotationCollection')),
  ]),
  label: z.string().optional(),
  total: z.int().nonnegative().optional(),
  first: z.union([Iri, AnnotationPageModel]),
});
