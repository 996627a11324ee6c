import type { Article } from '../article/article-schema';
import { channelLabel } from '../article/channel-label';
import type { TextRange } from '../article/text-range-schema';
import type { Attribution, Source } from '../article/sourcing-schema';
import { quoteFromRange } from '../shared/text-quote';
import { articleText, codePointLength, codePointSpan, type ArticleText } from './article-text';
import { quotationText } from './article-json-ld';

/** The W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/), the parts used here. */
export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export type TextQuoteSelector = {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
};
export type TextPositionSelector = { type: 'TextPositionSelector'; start: number; end: number };
export type CssSelector = { type: 'CssSelector'; value: string; refinedBy: TextPositionSelector };
export type Selector = TextQuoteSelector | TextPositionSelector | CssSelector;
export type SpecificResource = { type: 'SpecificResource'; source: string; selector: Selector[] };
export type TextualBody = {
  type: 'TextualBody';
  purpose: 'describing' | 'tagging';
  value: string;
  format: 'text/plain';
  language?: string;
};
export type Annotation = {
  id: string;
  type: 'Annotation';
  motivation: 'describing';
  body: TextualBody[];
  target: SpecificResource[];
};
export type AnnotationPage = {
  id: string;
  type: 'AnnotationPage';
  partOf: string;
  startIndex: 0;
  items: Annotation[];
};
export type AnnotationCollection = {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: AnnotationPage;
};

export type WebAnnotationOptions = {
  /** The IRI of the document the selectors select from: the article's page in the reader. */
  source: string;
  /** The IRI of the collection (where the export is published); annotations are `id#ITEM`. */
  id: string;
};

const KIND_LABELS: Record<Source['kind'], string> = {
  'anonymous-person': 'anonymous person',
  'named-person': 'named person',
  group: 'group',
  organization: 'organization',
  publication: 'the publication’s own reporting',
  'earlier-report': 'earlier report',
  reporter: 'the reporter’s inference',
  document: 'document',
};

/** One passage as a target: found by its words, by its place in the article, and within its block. */
function target(text: ArticleText, range: TextRange, source: string): SpecificResource {
  const entry = text.blocks.get(range.blockId);
  const block = entry?.text ?? '';
  const quote = quoteFromRange(block, range.start, range.end);
  const { start, end } = codePointSpan(text, range);
  const inBlock = { start: codePointLength(block.slice(0, range.start)), end: 0 };
  inBlock.end = inBlock.start + (end - start);
  return {
    type: 'SpecificResource',
    source,
    selector: [
      {
        type: 'TextQuoteSelector',
        exact: quote.exact,
        ...(quote.prefix ? { prefix: quote.prefix } : {}),
        ...(quote.suffix ? { suffix: quote.suffix } : {}),
      },
      { type: 'TextPositionSelector', start, end },
      {
        type: 'CssSelector',
        value: entry?.element ?? `#${range.blockId}`,
        refinedBy: { type: 'TextPositionSelector', ...inBlock },
      },
    ],
  };
}

function body(value: string, purpose: TextualBody['purpose'], language?: string): TextualBody {
  return { type: 'TextualBody', purpose, value, format: 'text/plain', ...(language ? { language } : {}) };
}

function sourceLabel(source: Source | undefined, id: string): string {
  if (!source) return id;
  return source.anonymity.anonymous ? `${source.name} (not named: anonymous)` : source.name;
}

function chainText(attribution: Attribution, sources: Map<string, Source>): string {
  return attribution.chain
    .map((link) => {
      const source = sources.get(link.sourceId);
      const how = [channelLabel(link.channel ?? source?.channel), link.when?.text].filter(Boolean).join(', ');
      return `${source?.name ?? link.sourceId}${how ? ` (${how})` : ''}`;
    })
    .join(' → ');
}

type Context = { text: ArticleText; sources: Map<string, Source>; options: WebAnnotationOptions };

function attributionAnnotation(attribution: Attribution, context: Context): Annotation {
  const { text, sources, options } = context;
  const source = sources.get(attribution.sourceId);
  const hedges = attribution.hedges.map((hedge) => `“${hedge.text}”`).join(', ');
  const certainty =
    attribution.certainty === 'hedged' && hedges ? `hedged (${hedges})` : attribution.certainty;
  const description = [
    `Attributed to ${sourceLabel(source, attribution.sourceId)}${source ? `, ${KIND_LABELS[source.kind]}` : ''}.`,
    `Certainty: ${certainty}.`,
    attribution.cue ? `Cue: “${attribution.cue.text}”.` : '',
    `Relay: ${chainText(attribution, sources)}.`,
  ].filter(Boolean);
  return {
    id: `${options.id}#${attribution.id}`,
    type: 'Annotation',
    motivation: 'describing',
    body: [
      body(description.join(' '), 'describing', 'en'),
      body('attribution', 'tagging', 'en'),
      ...(source ? [body(source.kind, 'tagging', 'en')] : []),
    ],
    target: [target(text, attribution.range, options.source)],
  };
}

function quoteAnnotation(quote: Article['quotes'][number], context: Context): Annotation {
  const { text, sources, options } = context;
  const speaker = sourceLabel(sources.get(quote.speakerId), quote.speakerId);
  const relay = quote.relayedById
    ? `, relayed by ${sourceLabel(sources.get(quote.relayedById), quote.relayedById)}`
    : '';
  const split =
    quote.parts.length > 1 ? ` One utterance in ${quote.parts.length} parts: “${quotationText(quote)}”.` : '';
  return {
    id: `${options.id}#${quote.id}`,
    type: 'Annotation',
    motivation: 'describing',
    body: [
      body(`Quotation of ${speaker}${relay}.${split}`, 'describing', 'en'),
      body('quotation', 'tagging', 'en'),
    ],
    target: quote.parts.map((part) => target(text, part, options.source)),
  };
}

/**
 * The article's attributions and quotations as a W3C Web Annotation collection, so annotation
 * tools can show who said what on the article's text. Each target carries three selectors for
 * the same passage: its words with context (TextQuoteSelector, context from its own block), its
 * place in the article's text (TextPositionSelector in code points over articleText), and its
 * place within its block's element (CssSelector refined by a position).
 */
export function webAnnotations(article: Article, options: WebAnnotationOptions): AnnotationCollection {
  const text = articleText(article);
  const sources = new Map(article.sources.map((source) => [source.id, source]));
  const context: Context = { text, sources, options };
  const items = [
    ...article.attributions.map((attribution) => attributionAnnotation(attribution, context)),
    ...article.quotes.map((quote) => quoteAnnotation(quote, context)),
  ];
  return {
    '@context': ANNOTATION_CONTEXT,
    id: options.id,
    type: 'AnnotationCollection',
    label: `Attributions and quotations: ${article.meta.headline.text}`,
    total: items.length,
    first: { id: `${options.id}#page-1`, type: 'AnnotationPage', partOf: options.id, startIndex: 0, items },
  };
}
