// First: zod's JIT must be off before any schema below is built (a strict CSP forbids eval).
import './zod-config';
import type { z } from 'zod';
import { ArticleSchema, type Article } from './article-schema';
import { SCHEMA_VERSION } from './article-shape-schema';
import { formatPath, type ArticleProblem } from './article-problem';
import { withoutByteOrderMark } from './byte-order-mark';
import { MAX_LIST_ITEMS, findOversizedList } from './list-sizes';
import { nameInvisibleCharacters } from './visible-characters';

/** `more`: problems found beyond those listed (a broken file can have millions). */
export type ParseResult =
  { ok: true; article: Article } | { ok: false; problems: ArticleProblem[]; more: number };

/** Enough to fix a file from the top; the rest are counted. */
export const MAX_COLLECTED_PROBLEMS = 200;

function fail(message: string, path = ''): ParseResult {
  return { ok: false, problems: [{ path, message }], more: 0 };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Far above any real article (the seed has 60,000); a guard against freezing the reader. */
export const MAX_ARTICLE_CHARACTERS = 10_000_000;

/** Parses article JSON text. Used by the reader and by `npm run validate`, so both say the same. */
export function parseArticleText(text: string): ParseResult {
  try {
    return parseText(withoutByteOrderMark(text));
  } catch (error) {
    // A check that broke (a bug, or a file built to exhaust it) is still a bad file, said as such.
    const reason = error instanceof Error ? error.message : String(error);
    return fail(`the file could not be checked: ${reason}`);
  }
}

function parseText(text: string): ParseResult {
  if (text.trim() === '') return fail('the file is empty');
  if (text.length > MAX_ARTICLE_CHARACTERS)
    return fail(
      `the file is too large: ${(text.length / 1e6).toFixed(1)} million characters, where articles are limited to ${MAX_ARTICLE_CHARACTERS / 1e6} million`,
    );
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(`not valid JSON: ${nameInvisibleCharacters(reason)}`);
  }
  return parseArticleData(data);
}

/** zod says "expected string, received undefined" for a missing field; say it plainly. */
function readableMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined'))
    return `required field is missing (expected ${issue.expected})`;
  return issue.message;
}

export function parseArticleData(data: unknown): ParseResult {
  if (!isRecord(data)) return fail('the file must hold one JSON object (an article)');
  // A newer file gets a message about versions, not a wall of unrelated field errors.
  if (!('schemaVersion' in data))
    return fail(
      `required field is missing: say which format this is ("schemaVersion": ${SCHEMA_VERSION})`,
      'schemaVersion',
    );
  if (data.schemaVersion !== SCHEMA_VERSION)
    return fail(
      `schemaVersion ${JSON.stringify(data.schemaVersion)} is not supported: this reader reads version ${SCHEMA_VERSION}`,
      'schemaVersion',
    );
  const oversized = findOversizedList(data);
  if (oversized)
    return fail(
      `${oversized.length.toLocaleString('en')} items, where a list in an article may hold at most ${MAX_LIST_ITEMS.toLocaleString('en')}`,
      oversized.path,
    );
  const result = ArticleSchema.safeParse(data);
  if (result.success) return { ok: true, article: result.data };
  const { issues } = result.error;
  return {
    ok: false,
    problems: issues.slice(0, MAX_COLLECTED_PROBLEMS).map((issue) => ({
      path: formatPath(issue.path),
      message: readableMessage(issue),
    })),
    more: Math.max(0, issues.length - MAX_COLLECTED_PROBLEMS),
  };
}
