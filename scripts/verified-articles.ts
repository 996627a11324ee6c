import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { parseArticleText } from '../src/article/parse-article';

/** The meta tag the reader reads (src/article/verified-articles.ts). */
export const VERIFIED_META = 'provenance-verified-articles';
/** The meta tag public/boot.js reads: the URL of the validator's chunk. */
const VALIDATOR_META = 'provenance-validator';
const VALIDATOR_MODULE = '/src/article/article-parser.ts';

/** SHA-256 (hex) of an article file's text as UTF-8: the browser computes the same. */
export function articleDigest(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * The digests of the bundled articles that validate and that parsing leaves unchanged (no
 * defaults filled in), so that the reader may skip loading the validator for exactly these
 * bytes. Any other file, or a bundled file edited on the server, is validated as before.
 */
export function verifiedDigests(articlesDir: string): string[] {
  // Entries are `name:digest`, the name being the file's (articles/NAME.json).
  let names: string[];
  try {
    names = readdirSync(articlesDir).filter((name) => name.endsWith('.json'));
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const text = readFileSync(join(articlesDir, name), 'utf8');
    const result = parseArticleText(text);
    if (!result.ok || !isDeepStrictEqual(result.article, JSON.parse(text))) return [];
    return [`${name.slice(0, -'.json'.length)}:${articleDigest(text)}`];
  });
}

/** Puts the bundled articles' digests into index.html as a meta tag. */
export function verifiedArticles(articlesDir: string): Plugin {
  return {
    name: 'provenance-verified-articles',
    transformIndexHtml: (_html, context) => {
      const tags: HtmlTagDescriptor[] = [];
      const digests = verifiedDigests(articlesDir);
      if (digests.length > 0)
        tags.push({
          tag: 'meta',
          attrs: { name: VERIFIED_META, content: digests.join(' ') },
          injectTo: 'head',
        });
      // Where the validator's chunk is, so that public/boot.js can fetch it early for an
      // article it will be needed for (any but these).
      const validator = Object.values(context.bundle ?? {}).find(
        (output) => output.type === 'chunk' && output.facadeModuleId?.endsWith(VALIDATOR_MODULE),
      );
      if (validator)
        tags.push({
          tag: 'meta',
          attrs: { name: VALIDATOR_META, content: `./${validator.fileName}` },
          injectTo: 'head',
        });
      return tags;
    },
  };
}
