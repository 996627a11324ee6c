import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/article/article-schema';
import { parseArticleText } from '../../src/article/parse-article';
import { BLOCK_SEPARATOR, blockElementSelector } from '../../src/publish/article-text';
import {
  webAnnotations,
  type TextPositionSelector,
  type TextQuoteSelector,
} from '../../src/publish/web-annotations';
import { annotatedArticle } from '../fixtures/annotated-article';
import { SEED_ARTICLE_FILE } from '../fixtures/load-fixture';
import { useReader } from './lib/reader-page';
import { distDir } from '../../tools/static-server';

function seed(): Article {
  const result = parseArticleText(readFileSync(SEED_ARTICLE_FILE, 'utf8'));
  if (!result.ok) throw new Error('the seed does not validate');
  return result.article;
}

const annotated = annotatedArticle();

type Found = { start: number; end: number }[];

describe('machine-readable article pages in Chromium', () => {
  const reader = useReader({
    handlers: [
      (req, res) => {
        if (!req.url?.endsWith('/articles/annotated.json')) return false;
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(annotated));
        return true;
      },
    ],
  });

  it('the bundled page’s JSON-LD parses and names every quotation’s speaker, before any script runs', async () => {
    const page = reader.page;
    await page.goto('about:blank');
    await page.setContent(readFileSync(`${distDir}/index.html`, 'utf8'));
    const head = await page.evaluate(() => ({
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent),
      canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
      description: document.querySelector('meta[name="description"]')?.getAttribute('content'),
      ogTitle: document.querySelector('meta[property="og:title"]')?.getAttribute('content'),
      title: document.title,
    }));
    const article = seed();
    expect(head.jsonLd).toHaveLength(1);
    const data = JSON.parse(head.jsonLd[0] ?? '') as {
      '@type': string;
      headline: string;
      hasPart: { '@type': string; spokenByCharacter?: { name: string } }[];
    };
    expect(data['@type']).toBe('NewsArticle');
    expect(data.headline).toBe(article.meta.headline.text);
    const names = new Map(article.sources.map((source) => [source.id, source.name]));
    expect(data.hasPart.map((part) => part.spokenByCharacter?.name)).toEqual(
      article.quotes.map((quote) => names.get(quote.speakerId)),
    );
    // The canonical page of the bundled article is its own page (decision 007), also from index.html.
    expect(head).toMatchObject({
      canonical: 'dailynk-train-service-talks.html',
      ogTitle: article.meta.headline.text,
    });
    expect(head.description).toMatch(/^North Korea and China have recently moved away/);
    expect(head.title).toBe(`${article.meta.headline.text} · Provenance`);
  });

  it.each([
    ['the bundled article', '#/', seed()],
    ['an article with emoji and a quoted caption', '#/read/annotated', annotated],
  ] as const)(
    'every exported quote and attribution re-anchors on %s as rendered',
    async (_label, fragment, article) => {
      const page = await reader.open(fragment);
      await page.waitForSelector('.pv-body');
      const blocks = article.body.map((block) => blockElementSelector(block));
      // The article's text as the reader shows it: each block's element, in order.
      const rendered = await page.evaluate(
        ({ selectors, separator }) =>
          selectors
            .map((selector) => document.querySelector(selector)?.textContent ?? `(missing ${selector})`)
            .join(separator),
        { selectors: blocks, separator: BLOCK_SEPARATOR },
      );
      const collection = webAnnotations(article, { source: 'https://x.example/', id: 'https://x.example/a' });
      const targets = collection.first.items.flatMap((item) =>
        item.target.map((target) => ({ id: item.id, target })),
      );
      expect(targets.length).toBeGreaterThan(article.quotes.length);
      for (const { id, target } of targets) {
        const quote = target.selector.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector')!;
        const position = target.selector.find(
          (s): s is TextPositionSelector => s.type === 'TextPositionSelector',
        )!;
        // Anchored in the page, as an annotation tool would: every place the quote and its context fit.
        const found: Found = await page.evaluate(
          ({ text, exact, prefix, suffix }) => {
            const places: { start: number; end: number }[] = [];
            for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
              const before = text.slice(0, at);
              if (!before.endsWith(prefix) || !text.slice(at + exact.length).startsWith(suffix)) continue;
              const start = Array.from(before).length;
              places.push({ start, end: start + Array.from(exact).length });
            }
            return places;
          },
          { text: rendered, exact: quote.exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' },
        );
        expect(found, id).toEqual([{ start: position.start, end: position.end }]);
      }
    },
  );
});
