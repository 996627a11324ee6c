import { createHash, webcrypto } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SEED_ARTICLE_FILE } from '../../fixtures/load-fixture';
import { VERIFIED_META } from '../../../src/article/verified-articles';

// What the loader does, in order: each yield is where the browser may answer a tap.
const steps = vi.hoisted(() => [] as string[]);
vi.mock('../../../src/article/yield-to-browser', () => ({
  yieldToBrowser: () => {
    steps.push('yield');
    return Promise.resolve();
  },
}));
vi.mock('../../../src/article/prepare-article', async (original) => {
  const module = await original<typeof import('../../../src/article/prepare-article')>();
  return {
    ...module,
    prepareArticle: (...args: Parameters<typeof module.prepareArticle>) => {
      steps.push('prepare');
      return module.prepareArticle(...args);
    },
  };
});

const { articleQueryOptions } = await import('../../../src/article/article-query');

describe('loading an article the build verified', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.head.innerHTML = '';
    steps.length = 0;
  });

  it('reads, checks, parses and prepares the file each in a task of its own', async () => {
    const bytes = readFileSync(SEED_ARTICLE_FILE);
    const digest = createHash('sha256').update(bytes).digest('hex');
    document.head.innerHTML = `<meta name="${VERIFIED_META}" content="talks:${digest}">`;
    // The browser's Web Crypto; Node's, given bytes of its own realm (jsdom's are not).
    vi.stubGlobal('crypto', {
      subtle: {
        digest: (name: string, data: ArrayBuffer) => webcrypto.subtle.digest(name, Buffer.from(data)),
      },
    });
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response(bytes, { headers: { 'content-type': 'application/json' } }))),
    );
    const parse = JSON.parse;
    vi.spyOn(JSON, 'parse').mockImplementation((text: string, reviver) => {
      if (text === bytes.toString('utf8')) steps.push('parse');
      return parse(text, reviver) as unknown;
    });
    // The query's fetcher alone: only its signal is read.
    const load = articleQueryOptions('talks').queryFn as unknown as (context: {
      signal: AbortSignal;
    }) => Promise<{ article: { id: string } }>;
    const prepared = await load({ signal: new AbortController().signal });
    expect(prepared.article.id).toBe((parse(bytes.toString('utf8')) as { id: string }).id);
    expect(steps).toEqual(['yield', 'yield', 'parse', 'yield', 'prepare']);
  });
});
