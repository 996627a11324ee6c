// First: zod's JIT must be off before any schema below is built (a strict CSP forbids eval).
import './zod-config';
import type { z } from 'zod';
import { ArticleSchema, type Article } from './article-schema';
import { SCHEMA_VERSION } from './article-shape-schema';
import { formatPath, type ArticleProblem } from './article-problem';

export type ParseResult = { ok: true; article: Article } | { ok: false; problems: ArticleProblem[] };

function fail(message: string, path = ''): ParseResult {
  return { ok: false, problems: [{ path, message }] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses article JSON text. Used by the reader and by `npm run validate`, so both say the same. */
/** Far above any real article (the seed has 60,000); a guard against freezing the reader. */
export const MAX_ARTICLE_CHARACTERS = 10_000_000;

export function parseArticleText(text: string): ParseResult {
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
    return fail(`not valid JSON: ${reason}`);
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
  const result = ArticleSchema.safeParse(data);
  if (result.success) return { ok: true, article: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      message: readableMessage(issue),
    })),
  };
}
