import { findOversizedList, MAX_LIST_ITEMS } from '../article/list-sizes';
import type { Article, ArticleInput } from '../article/article-schema';
import type { Paragraph } from '../article/body-schema';
import { MAX_ARTICLE_CHARACTERS, parseArticleData } from '../article/parse-article';
import { describeProblem } from '../article/article-problem';
import { attributeBlock } from './attribute-block';
import type { IngestState } from './ingest-state';
import { buildBlocks } from './build-blocks';
import { buildEvents } from './build-events';
import { detectLanguage } from './detect-language';
import { createIdMaker, slugWords } from './make-id';
import { createSourceRegistry } from './source-registry';
import { splitLines } from './split-lines';
import { findDateline } from './find-dateline';
import { isOrganizationName } from './source-phrases';

export type IngestResult = { ok: true; article: Article } | { ok: false; reason: string };

const UNKNOWN_PUBLISHER = 'Unknown publisher';
// A draft runs about ten times its text (ranges, ids, events): a longer text cannot fit the reader.
export const MAX_INPUT_CHARACTERS = MAX_ARTICLE_CHARACTERS / 10;

function millions(n: number): string {
  return (n / 1e6).toFixed(1);
}
const LEARNED = /(\p{Lu}[\p{L}\p{N}]*(?:\s+\p{Lu}[\p{L}\p{N}]*){0,3}) (?:has|have) learned\b/u;

/** "Jamie Ortiz/Harlow Gazette": of a photographer and an outlet, the outlet publishes. */
function publisherOfCredit(credit: string | undefined): string | undefined {
  if (!credit) return undefined;
  const parts = credit
    .split('/')
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.find(isOrganizationName) ?? parts[0];
}

function firstWords(text: string, count: number): string {
  const words = text.trim().split(/\s+/);
  return words.slice(0, count).join(' ') + (words.length > count ? ' …' : '');
}

/**
 * Drafts an article from plain text (one paragraph a line). Everything found by machine carries
 * `draft: true`, and so does `meta`, until an editor has checked it.
 */
export function ingestText(input: string): IngestResult {
  if (input.includes('\u0000')) return { ok: false, reason: 'the file is binary, not plain text' };
  if (input.length > MAX_INPUT_CHARACTERS)
    return {
      ok: false,
      reason: `the text is too long: ${millions(input.length)} million characters; its draft would pass the reader's limit of ${millions(MAX_ARTICLE_CHARACTERS)} million (a draft runs about ten times its text), so split it into articles of under ${millions(MAX_INPUT_CHARACTERS)} million characters`,
    };
  const lines = splitLines(input);
  if (lines.length === 0) return { ok: false, reason: 'the file has no text (every line is empty)' };

  const makeId = createIdMaker('text');
  const built = buildBlocks(lines, makeId);
  const paragraphs = built.blocks.filter((b): b is Paragraph => b.type === 'paragraph');
  const dateline = paragraphs[0] ? findDateline(paragraphs[0].text) : undefined;
  const publisher =
    dateline?.agency ?? LEARNED.exec(input)?.[1] ?? publisherOfCredit(built.credits[0]) ?? UNKNOWN_PUBLISHER;
  const registry = createSourceRegistry(publisher, makeId, input);
  const state: IngestState = { makeId, registry, attributions: [], quotes: [] };
  for (const block of paragraphs) attributeBlock(block, state);
  const skip = new Map(dateline && paragraphs[0] ? [[paragraphs[0].id, dateline.end]] : []);
  const timeline = buildEvents(paragraphs, state.attributions, state.quotes, makeId, skip);

  const lead = paragraphs[0]?.text ?? lines[0] ?? '';
  const data: ArticleInput = {
    $schema: '../article.schema.json',
    schemaVersion: 1,
    id: `draft-${slugWords(lead, 6) || 'article'}`,
    meta: {
      headline: { text: `Draft: ${firstWords(lead, 8)}`, origin: 'editorial' },
      publisher: { id: makeId('publisher', publisher), name: publisher },
      authors: built.authors,
      language: detectLanguage(input),
      published: dateline?.date ?? {
        text: 'not stated',
        precision: 'unknown',
        basis: 'inferred',
        reasoning: 'The text carries no publication date; the ingest does not guess one.',
      },
      versions: built.versions,
      editorNote:
        'Drafted by npm run ingest from plain text. The headline, language, sources, attributions, quotes and events were found by machine and are marked draft until an editor checks them.',
      draft: true,
    },
    body: built.blocks,
    sources: registry.sources,
    attributions: state.attributions,
    quotes: state.quotes,
    notes: [],
    ...timeline,
  };
  // The reader refuses a list longer than it can show: say so plainly (it is not a bug).
  const oversized = findOversizedList(data);
  if (oversized)
    return {
      ok: false,
      reason: `the draft would have ${oversized.length.toLocaleString('en-US')} ${oversized.path}, over the reader's limit of ${MAX_LIST_ITEMS.toLocaleString('en-US')} a list: split the text into shorter articles`,
    };
  const parsed = parseArticleData(data);
  if (parsed.ok) {
    const size = JSON.stringify(parsed.article, null, 2).length;
    if (size > MAX_ARTICLE_CHARACTERS)
      return {
        ok: false,
        reason: `the draft would be ${millions(size)} million characters, over the reader's limit of ${millions(MAX_ARTICLE_CHARACTERS)} million: split the text into shorter articles`,
      };
    return { ok: true, article: parsed.article };
  }
  const problems = parsed.problems.map(describeProblem).join('; ');
  return { ok: false, reason: `the draft failed its own validation (a bug in ingest): ${problems}` };
}
