import { queryOptions, useQuery } from '@tanstack/react-query';
import { ArticleLoadError } from './article-load-error';
import { withoutByteOrderMark } from './byte-order-mark';
import { articleFile, isArticleName } from './article-names';
import type { Article } from './article-schema';
import { prepareArticle, type PreparedArticle } from './prepare-article';
import { hasDigest, verifiedDigest } from './verified-articles';
import { REDIRECT_MESSAGE, isFromPage, sameOriginUrl } from './same-origin-fetch';
import { yieldToBrowser } from './yield-to-browser';

/** A response that has not finished by then has failed; the reader is offered a retry. */
export const ARTICLE_TIMEOUT_MS = 10_000;

function whenAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    signal.addEventListener(
      'abort',
      () => {
        reject(new Error('aborted'));
      },
      { once: true },
    );
  });
}

// As the file is, byte-order mark included (response.text() would drop one): the parser's rule
// for it is then the same as `npm run validate`'s, which reads the file from disk.
const decodeAsIs = (bytes: ArrayBuffer) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

async function readBody(
  response: Response,
  file: string,
  signal: AbortSignal,
  querySignal: AbortSignal,
): Promise<ArrayBuffer> {
  try {
    // Race the abort too: a body that stalls after its headers does not always end on abort.
    return await Promise.race([response.arrayBuffer(), whenAborted(signal)]);
  } catch (error) {
    // Cancelled by the reader (they went elsewhere): not a failure to report.
    if (querySignal.aborted) throw error;
    // A server that stalled once will likely stall again: say so now and let the reader retry.
    if (signal.aborted)
      throw new ArticleLoadError(
        'network',
        file,
        [
          {
            path: '',
            message: `the server did not finish sending the file within ${ARTICLE_TIMEOUT_MS / 1000} seconds`,
          },
        ],
        { retryable: false },
      );
    // The body ended early, before the time was up: the connection dropped (worth a retry).
    throw new ArticleLoadError('network', file, [
      { path: '', message: 'the connection was lost before the whole file had arrived' },
    ]);
  }
}

function loadParser(file: string) {
  const parser = import('./article-parser').catch(() => {
    throw new ArticleLoadError('network', file, [
      { path: '', message: 'the reader’s validator could not be loaded (are you offline?)' },
    ]);
  });
  // Not awaited when the fetch fails first: keep that rejection from being reported as unhandled.
  parser.catch(() => undefined);
  return parser;
}

// Articles whose file is byte for byte the one validated (and pre-rendered) at build time.
const fromBuild = new WeakSet<PreparedArticle>();

/** Whether this article came from exactly the file the build validated and rendered. */
export function matchesBuild(prepared: PreparedArticle): boolean {
  return fromBuild.has(prepared);
}

async function fetchArticle(name: string, querySignal: AbortSignal): Promise<PreparedArticle> {
  if (!isArticleName(name))
    throw new ArticleLoadError('bad-name', name, [
      { path: '', message: 'article names are lower-case letters, digits and hyphens' },
    ]);
  const file = articleFile(name);
  // The validator loads alongside the file, not before it; for a bundled article, validated
  // when the app was built, only if the file turns out to differ from what was validated.
  const digest = verifiedDigest(name, document);
  const parser = digest ? undefined : loadParser(file);
  const signal = AbortSignal.any([querySignal, AbortSignal.timeout(ARTICLE_TIMEOUT_MS)]);
  let response: Response;
  try {
    // Relative to the page, so the reader works under any sub-path; a redirect is not followed
    // (it could lead anywhere) but reported, below.
    response = await fetch(sameOriginUrl(file), { signal, redirect: 'manual' });
  } catch (error) {
    if (querySignal.aborted) throw error;
    throw new ArticleLoadError(
      'network',
      file,
      [
        {
          path: '',
          message: signal.aborted
            ? `the server did not answer within ${ARTICLE_TIMEOUT_MS / 1000} seconds`
            : 'the server could not be reached (are you offline?)',
        },
      ],
      { retryable: !signal.aborted },
    );
  }
  if (!isFromPage(response))
    throw new ArticleLoadError('not-found', file, [{ path: '', message: REDIRECT_MESSAGE }], {
      retryable: false,
    });
  if (response.status === 404)
    throw new ArticleLoadError('not-found', file, [{ path: '', message: 'no such file (HTTP 404)' }]);
  if (!response.ok)
    throw new ArticleLoadError('network', file, [
      { path: '', message: `the server answered HTTP ${response.status}` },
    ]);
  // Decoding, checking and parsing a long article's file (4 MB: 10 ms and more each on a fast
  // machine) each run in a task of their own, so a tap meanwhile is answered. A file the build
  // did not validate is validated in one long task anyway (zod), so it gets no such split.
  const bytes = await readBody(response, file, signal, querySignal);
  await yieldToBrowser();
  const text = decodeAsIs(bytes);
  // Servers that answer every path with the app's own page send HTML for a missing article.
  if ((response.headers.get('content-type') ?? '').includes('text/html') && text.trimStart().startsWith('<'))
    throw new ArticleLoadError('not-found', file, [
      {
        path: '',
        message: 'the server sent a web page instead of an article (text/html): the file is probably missing',
      },
    ]);
  if (digest && (await hasDigest(bytes, digest))) {
    await yieldToBrowser();
    const parsed = JSON.parse(withoutByteOrderMark(text)) as Article;
    await yieldToBrowser();
    const prepared = prepareArticle(parsed);
    fromBuild.add(prepared);
    return prepared;
  }
  const { parseArticleText } = await (parser ?? loadParser(file));
  const result = parseArticleText(text);
  if (!result.ok) throw new ArticleLoadError('invalid', file, result.problems, { more: result.more });
  try {
    return prepareArticle(result.article);
  } catch (error) {
    // Whatever breaks past validation is the file's doing, never the network's.
    const reason = error instanceof Error ? error.message : String(error);
    throw new ArticleLoadError('invalid', file, [
      { path: '', message: `the file could not be prepared for reading: ${reason}` },
    ]);
  }
}

/** The single home of the article query: its key, its fetcher, its retry rule. */
export function articleQueryOptions(name: string) {
  return queryOptions({
    queryKey: ['article', name],
    queryFn: ({ signal }) => fetchArticle(name, signal),
    staleTime: Infinity,
    retry: (failureCount, error) => error instanceof ArticleLoadError && error.retryable && failureCount < 3,
  });
}

export function useArticle(name: string) {
  return useQuery(articleQueryOptions(name));
}
