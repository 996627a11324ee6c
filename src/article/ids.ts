import { z } from 'zod';
import { ITEM_ID_PATTERN } from './article-names';
import { describeCharacter } from './visible-characters';

/**
 * Ids are made from meaning (`q-bewildered`), never array positions: deep links depend on them
 * staying put when an editor inserts a paragraph. Lower-case, URL-safe, no leading digit.
 */
export const IdSchema = z
  .string()
  .regex(
    ITEM_ID_PATTERN,
    'must be lower-case letters, digits and single hyphens, starting with a letter (e.g. "q-bewildered")',
  )
  .max(80);

/** Marks text that the article did not publish but the editor of this file added. */
export const OriginSchema = z
  .enum(['published', 'editorial'])
  .describe('published: the article says this; editorial: added by the editor of this file');

/**
 * Spaces, tabs, line breaks, control and invisible characters. Browsers strip or skip them when
 * they resolve an address (" //evil.example/x", "ht\ttps://…", "/\n/evil.example" all reach
 * evil.example), so an address field may hold none: a rule on the string's start is not enough.
 * Spelled as ranges so that the generated JSON Schema can say it too.
 */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what it finds
  /[\u0000-\u0020\u007F-\u00A0\u00AD\u061C\u115F\u1160\u1680\u180E\u2000-\u200F\u2028-\u202F\u205F-\u206F\u3000\u3164\uFEFF\uFFA0\uFFF0-\uFFFF]/;
const VISIBLE_ONLY = new RegExp(`^[^${INVISIBLE.source.slice(1, -1)}]+$`);

function invisibleProblem(input: unknown): string {
  const text = typeof input === 'string' ? input : '';
  const at = text.search(INVISIBLE);
  const found = at < 0 ? '' : `: found ${describeCharacter(text.charAt(at))} at character ${at + 1}`;
  return `an address may not contain spaces, tabs, line breaks or invisible characters${found}`;
}

/** An address with nothing a browser would strip before resolving it; empty is refused too. */
const AddressSchema = z
  .string()
  .regex(VISIBLE_ONLY, { error: (issue) => invisibleProblem(issue.input), abort: true });

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    if (url.protocol === 'mailto:') return url.pathname.trim() !== '';
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * Only web and mail links (an allow-list of schemes): a `javascript:` or `data:` URL in an
 * article must never become a link. A link is followed only when a reader clicks it, so it
 * may name another site; images and files may not (see RelativePathSchema).
 */
export const WebUrlSchema = AddressSchema.refine(isWebUrl, {
  error: (issue) =>
    typeof issue.input === 'string' && /^mailto:$/i.test(issue.input)
      ? 'a mailto link needs an address'
      : 'must be an http, https or mailto URL',
}).meta({ format: 'uri' });

/** Where the schema resolves paths: any origin, and a page in a folder below its root. */
const PAGE_FOLDER = new URL('https://reader.invalid/some/folder/');

/** Whether `path`, resolved as the browser resolves it against the page, stays in the page's folder. */
function staysInFolder(path: string): boolean {
  try {
    const url = new URL(path, PAGE_FOLDER);
    return url.origin === PAGE_FOLDER.origin && url.pathname.startsWith(PAGE_FOLDER.pathname);
  } catch {
    return false;
  }
}

/**
 * An image path relative to the article page, decided as the browser decides: resolved against
 * the page, it must stay on the reader's origin and inside its folder (no scheme, no `//host`,
 * no `/root`, no `..` or `%2e%2e` climbing out). The pattern is the part a JSON Schema can say.
 */
export const RelativePathSchema = AddressSchema.regex(/^(?![a-z][a-z0-9+.-]*:)(?![/\\])[^\\]+$/i, {
  error: 'must be a relative path on this server',
  abort: true,
}).refine(staysInFolder, 'must be a path inside the reader’s folder (no “..”, no other host)');
