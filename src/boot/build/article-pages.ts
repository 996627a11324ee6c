import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Article } from '../../article/article-schema';
import { describeProblem, type ArticleProblem } from '../../article/article-problem';
import { parseArticleText } from '../../article/parse-article';
import {
  APP_ENTRY_META,
  APP_MODULE_META,
  articlePagePath,
  DEFAULT_ARTICLE_META,
  PARSED_MARKER_ID,
  PRERENDERED_ATTRIBUTE,
  ROOT_ID,
  VALIDATOR_META,
} from '../contract';
import { isArticleName } from '../../article/article-names';
import { withoutByteOrderMark } from '../../article/byte-order-mark';
import { VERIFIED_META } from '../../article/verified-articles';
import { articleHead } from './article-head';

/** An article file the build can render: valid, with a name a URL may hold. */
export type ArticleSource = {
  name: string;
  /** The file's text, as written. */
  text: string;
  /** The file as the site serves it (`servedText`): what the browser's digest is taken of. */
  served: string;
  article: Article;
  /** Its page beside index.html, or undefined for a name index.html owns. */
  path: string | undefined;
  /** SHA-256 of the served text, when the file validates unchanged (nothing filled in by parsing). */
  digest: string | undefined;
};

/** A file that gets no page, and why, said so an editor can find and fix it. */
export type SkippedFile = { file: string; reason: string };

/**
 * An article file as the site serves it: the same JSON without its indentation or a byte-order
 * mark. A quarter of a pretty-printed file is white space, and the browser reads, decodes, hashes
 * and parses every byte of it on the main thread while the app starts (at 50× the seed, 4 MB:
 * some 100 ms of blocking time at 4× CPU, docs/performance.md).
 */
export function servedText(text: string): string {
  return JSON.stringify(JSON.parse(withoutByteOrderMark(text)));
}

/** SHA-256 (hex) of an article file's text as UTF-8: the browser computes the same. */
export function articleDigest(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

const MAX_PROBLEMS = 5;

/** What validating one file's text says: the article and whether parsing left it as written. */
export type Validation =
  { ok: true; article: Article; unchanged: boolean } | { ok: false; problems: ArticleProblem[] };

/** Validates an article file's text (the reader's own validator). */
export function validateText(text: string): Validation {
  const result = parseArticleText(text);
  if (!result.ok) return result;
  return {
    ok: true,
    article: result.article,
    unchanged: isDeepStrictEqual(result.article, JSON.parse(withoutByteOrderMark(text))),
  };
}

/**
 * The article files in `dir` (its `*.json` files, not its folders), each validated: the ones
 * that can have a page, and the others with the reason (file, field path, message). Sorted by
 * name, so that builds are the same on every machine. `validate` may answer from a cache.
 */
export function readArticleSources(
  dir: string,
  validate: (text: string) => Validation = validateText,
): { sources: ArticleSource[]; skipped: SkippedFile[] } {
  const sources: ArticleSource[] = [];
  const skipped: SkippedFile[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return { sources, skipped };
  }
  const files = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => entry.name)
    .sort();
  for (const file of files) {
    const name = file.slice(0, -'.json'.length);
    const shown = `articles/${file}`;
    if (!isArticleName(name)) {
      skipped.push({
        file: shown,
        reason: `no page: ${JSON.stringify(name)} is not an article name (lower-case letters, digits and hyphens, at most 100, not starting with a hyphen), so no link can open it`,
      });
      continue;
    }
    const text = readFileSync(join(dir, file), 'utf8');
    const result = validate(text);
    if (!result.ok) {
      const problems = result.problems.slice(0, MAX_PROBLEMS).map(describeProblem);
      const more = result.problems.length - problems.length;
      skipped.push({
        file: shown,
        reason: `no page: the article does not validate: ${problems.join('; ')}${more > 0 ? ` (and ${more} more)` : ''}`,
      });
      continue;
    }
    const served = servedText(text);
    sources.push({
      name,
      text,
      served,
      article: result.article,
      path: articlePagePath(name),
      digest: result.unchanged ? articleDigest(served) : undefined,
    });
  }
  return { sources, skipped };
}

const ENTRY_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>/;
const MODULE_PRELOAD = /<link rel="modulepreload" crossorigin href="([^"]+)">/g;
const GENERIC_HEAD = [/\s*<title>[^<]*<\/title>/, /\s*<meta\s+name="description"[^>]*>/];
const EMPTY_ROOT = `<div id="${ROOT_ID}"></div>`;
const DEFAULT_META = new RegExp(`<meta\\s+name="${DEFAULT_ARTICLE_META}"\\s+content="([^"]*)"\\s*/?>`);

/**
 * The page with `name` as its own article (`<meta name="provenance-default-article">`): the one
 * `#`, `#/` and a plain `#ID` show. `name` is an article name, so it holds no markup.
 */
export function withOwnArticle(html: string, name: string): string {
  return html.replace(DEFAULT_META, `<meta name="${DEFAULT_ARTICLE_META}" content="${name}" />`);
}

/** The built index.html, with the app's start deferred and the validator's URL: every page's base. */
export type PageTemplate = { html: string; defaultArticle: string | undefined };

/**
 * Makes the built index.html into the template of every page: the app's entry script and the
 * preloads of its modules become `<meta>`s that start.js reads after the first frame, then
 * downloads and runs them (not when the build leaves the deferred start out). Downloaded with
 * the page, the app's code delayed its first frame by some 20 to 50 ms at 4× CPU (decision 007);
 * the article's file, which the app needs first, is still preloaded by boot.js. Also, boot.js
 * learns where the validator's chunk is.
 */
export function pageTemplate(
  builtIndex: string,
  validatorUrl: string | undefined,
  { deferStart }: { deferStart: boolean } = { deferStart: true },
): PageTemplate {
  const entry = ENTRY_SCRIPT.exec(builtIndex);
  if (!entry) throw new Error('first paint: no entry script in the built index.html');
  if (!builtIndex.includes(EMPTY_ROOT))
    throw new Error(`first paint: no ${EMPTY_ROOT} in the built index.html`);
  let html = builtIndex;
  if (deferStart)
    html = html
      .replace(
        entry[0],
        `<meta name="${APP_ENTRY_META}" content="${entry[1]}">` +
          '<script type="module" src="./start.js"></script>',
      )
      .replace(MODULE_PRELOAD, `<meta name="${APP_MODULE_META}" content="$1">`);
  if (validatorUrl)
    html = html.replace('</head>', `  <meta name="${VALIDATOR_META}" content="${validatorUrl}">\n  </head>`);
  return { html, defaultArticle: DEFAULT_META.exec(html)?.[1] };
}

/**
 * No frame until the pre-rendered root is parsed: the parser works in slices of ~10 ms, and the
 * browser would otherwise draw (and lay out) a frame of whatever the first slices held, then
 * lay out and paint again for the rest. HTML's `rel=expect` holds rendering until an element
 * with that id has been parsed (Chromium lets go when it is inserted, so the marker follows the
 * root); browsers without it ignore the link.
 */
const RENDER_WHEN_PARSED = `<link rel="expect" href="#${PARSED_MARKER_ID}" blocking="render">`;

/**
 * One article's page: the template with this article as the page's own (its default, so `#`,
 * `#/` and a plain `#ID` show it), its head tags, its digest, and its reader rendered into the
 * root (`body`, from src/app/render-article-page.tsx).
 */
export function composePage(
  template: PageTemplate,
  source: ArticleSource,
  body: string,
  path: string,
): string {
  let html = template.html;
  for (const tag of GENERIC_HEAD) html = html.replace(tag, '');
  html = withOwnArticle(html, source.name);
  const head = [articleHead(source.article, { name: source.name, path }), RENDER_WHEN_PARSED];
  if (source.digest) head.push(`<meta name="${VERIFIED_META}" content="${source.name}:${source.digest}">`);
  return html
    .replace('</head>', `  ${head.join('\n    ')}\n  </head>`)
    .replace(
      EMPTY_ROOT,
      `<div id="${ROOT_ID}" ${PRERENDERED_ATTRIBUTE}="${source.name}">${body}</div><template id="${PARSED_MARKER_ID}"></template>`,
    );
}

/**
 * A fingerprint of everything a rendered page depends on besides its article: the app's source
 * and the locked dependencies. A page whose article and fingerprint are unchanged is taken from
 * the cache instead of rendered again.
 */
export function codeFingerprint(root: string): string {
  const hash = createHash('sha256');
  const files = [join(root, 'package-lock.json'), ...listFiles(join(root, 'src'))];
  for (const file of files) {
    hash.update(relative(root, file));
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update('missing');
    }
  }
  return hash.digest('hex');
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** The cache key of one article's rendered reader. */
export function renderKey(fingerprint: string, source: ArticleSource): string {
  return createHash('sha256')
    .update(fingerprint)
    .update('\0')
    .update(source.name)
    .update('\0')
    .update(source.text)
    .digest('hex');
}

/** The cache key of what validating a text said (the same for any file name). */
export function validationKey(fingerprint: string, text: string): string {
  return createHash('sha256').update(fingerprint).update('\0').update(text).digest('hex');
}
