import type { Quote } from '../article/quote-schema';
import type { Attribution, Source } from '../article/sourcing-schema';
import type { IdMaker } from './make-id';
import type { SourceRegistry } from './source-registry';

/**
 * What ingest gathers while it walks the paragraphs. In its own file so that attribute-block
 * and build-quotes can both use it without importing each other (no cycles, types included).
 */
export type IngestState = {
  makeId: IdMaker;
  registry: SourceRegistry;
  attributions: Attribution[];
  quotes: Quote[];
  lastSpeaker?: Source;
  speakerAge?: number; // paragraphs since the last speaker was named (0: this one)
  openQuote?: Quote; // a quotation still open at the end of the previous paragraph
  previousText?: string; // the paragraph before, for a Q&A's introduction
  interviewee?: Source;
};
