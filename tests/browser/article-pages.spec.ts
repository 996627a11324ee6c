import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/article/article-schema';
import { SEED_ARTICLE_FILE, SMALL_ARTICLE_FILE } from '../fixtures/load-fixture';
import { buildApp } from './lib/build-app';
import { EAGER_COMPILE_HINT } from '../../src/boot/build/eager-compile-plugin';
import { VERIFIED_META } from '../../src/article/verified-articles';
import { CHROMIUM_FLAGS, chromiumPath } from '../../tools/chromium';
import { layoutShifts, watchLayoutShifts } from './lib/layout-shifts';
import { useReader, waitForApp } from './lib/reader-page';
import { startStaticServer, type StaticServer } from '../../tools/static-server';

// An article that is not the bundled default: before decision 007 it was fetched and rendered
// in the browser only; now the build gives it a page of its own.
const NAME = 'harbour-council-vote';
const small = JSON.parse(readFileSync(SMALL_ARTICLE_FILE, 'utf8')) as Article;
const seed = JSON.parse(readFileSync(SEED_ARTICLE_FILE, 'utf8')) as Article;
const paragraphs = small.body.flatMap((block) => (block.type === 'paragraph' ? [block.text] : []));

const work = mkdtempSync(join(tmpdir(), 'provenance-pages-'));
const articles = join(work, 'articles');
const pagesDist = join(work, 'pages');
const plainDist = join(work, 'plain');

// Both builds, with the bundled article and the small one: pages, and the plain app.
beforeAll(async () => {
  mkdirSync(articles);
  copyFileSync(SEED_ARTICLE_FILE, join(articles, 'dailynk-train-service-talks.json'));
  copyFileSync(SMALL_ARTICLE_FILE, join(articles, `${NAME}.json`));
  await buildApp(pagesDist, { PROVENANCE_ARTICLES: articles });
  await buildApp(plainDist, { PROVENANCE_ARTICLES: articles, PROVENANCE_FIRST_PAINT: 'off' });
}, 240_000);
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('every article a page: a non-bundled article’s own page', () => {
  const reader = useReader({ dist: pagesDist });
  const pageUrl = (fragment = '') => `${reader.server.url}${NAME}.html${fragment}`;

  it('draws its text before any script of the app has run, and hydrates it (same nodes, no errors)', async () => {
    const page = await reader.session.context.newPage();
    await page.addInitScript(() => {
      const seen = { frameAt: 0, appAt: 0, firstParagraph: null as Element | null };
      Object.assign(window, { __seen: seen });
      // The app's first act is to fetch the article it shows (src/app/main.tsx).
      const fetch = window.fetch.bind(window);
      window.fetch = (...args) => {
        seen.appAt ||= performance.now();
        return fetch(...args);
      };
      const frame = () => {
        seen.firstParagraph ??= document.querySelector('#root[data-prerendered] .pv-paragraph');
        if (seen.firstParagraph) seen.frameAt ||= performance.now();
        else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname.split('/').pop() ?? ''));
    await page.goto(pageUrl());
    await waitForApp(page);
    const seen = await page.evaluate(() => {
      const s = (
        window as unknown as { __seen: { frameAt: number; appAt: number; firstParagraph: Element | null } }
      ).__seen;
      return {
        drawnFirst: s.frameAt > 0 && s.frameAt < s.appAt,
        kept: s.firstParagraph === document.querySelector('.pv-paragraph'),
      };
    });
    expect(seen).toEqual({ drawnFirst: true, kept: true });
    expect(await page.textContent('h1')).toBe(small.meta.headline.text);
    // The build validated it: the browser does not load the validator for it.
    expect(requested.some((file) => file.startsWith('article-parser-'))).toBe(false);
    expect(reader.session.pageErrors).toEqual([]);
    await page.close();
  });

  it('names an app entry whose first line is V8’s eager-compile hint (compiled off the main thread)', () => {
    const html = readFileSync(join(pagesDist, `${NAME}.html`), 'utf8');
    const entry = /<meta name="pv-app-entry" content="\.\/([^"]+)">/.exec(html)?.[1];
    expect(entry).toMatch(/^assets\/index-.+\.js$/);
    const code = readFileSync(join(pagesDist, entry ?? ''), 'utf8');
    expect(code.split('\n', 1)[0]).toBe(EAGER_COMPILE_HINT);
  });

  it('serves its file compact (the same JSON, without the indentation), the file its digest is of', async () => {
    const written = readFileSync(SMALL_ARTICLE_FILE, 'utf8');
    const html = readFileSync(join(pagesDist, `${NAME}.html`), 'utf8');
    const digest = new RegExp(`<meta name="${VERIFIED_META}" content="${NAME}:([0-9a-f]{64})">`).exec(
      html,
    )?.[1];
    const response = await fetch(`${reader.server.url}articles/${NAME}.json`);
    const served = await response.text();
    expect(served.length).toBeLessThan(written.length * 0.8);
    expect(served).not.toContain('\n');
    expect(JSON.parse(served)).toEqual(JSON.parse(written));
    expect(createHash('sha256').update(served, 'utf8').digest('hex')).toBe(digest);
  });

  it('lands a plain #ID link on its item, and the app then opens it as a deep link', async () => {
    const page = await reader.session.context.newPage();
    await page.goto(pageUrl('#q-promise'));
    await waitForApp(page);
    await page.waitForFunction(() => document.activeElement?.id === 'q-promise');
    // The router's form, replaced in place: the page and its history stay as they were.
    expect(new URL(page.url()).hash).toBe(`#/read/${NAME}/q-promise`);
    // about:blank, then this page: the rewrite added no entry.
    expect(await page.evaluate(() => history.length)).toBe(2);
    expect(reader.session.pageErrors).toEqual([]);
    await page.close();
  });

  it('keeps old #/read/NAME/ID links working: index.html serves the article and lands on the item', async () => {
    const page = await reader.session.context.newPage();
    await page.goto(`${reader.server.url}#/read/${NAME}/p-union`);
    await waitForApp(page);
    await page.waitForFunction(() => document.activeElement?.id === 'p-union');
    expect(await page.textContent('h1')).toBe(small.meta.headline.text);
    await page.close();
  });

  it('holds still on a phone as the app starts: the rail’s bar is in the page from its first frame', async () => {
    const page = await reader.session.context.newPage();
    await page.setViewportSize({ width: 412, height: 823 });
    await watchLayoutShifts(page);
    await page.goto(pageUrl());
    await waitForApp(page);
    // The rail (after the article, on a phone) has come, and a frame has been drawn since.
    await page.waitForSelector('#pv-rail [role="tab"]');
    const { total, shifts } = await layoutShifts(page);
    expect(total, JSON.stringify(shifts)).toBeLessThan(0.02);
    const bar = page.getByRole('navigation', { name: 'Go to sources, timeline and quotes' });
    expect(await bar.isVisible()).toBe(true);
    await page.close();
  });

  describe('with JavaScript disabled', () => {
    let browser: Browser | undefined;
    beforeAll(async () => {
      browser = await chromium.launch({
        executablePath: chromiumPath(),
        headless: true,
        args: CHROMIUM_FLAGS,
      });
    });
    afterAll(async () => {
      await browser?.close();
    });

    const open = async (fragment: string, viewport = { width: 1280, height: 400 }) => {
      if (!browser) throw new Error('no browser');
      const context = await browser.newContext({ javaScriptEnabled: false, viewport });
      const page = await context.newPage();
      await page.goto(pageUrl(fragment));
      return { page, close: () => context.close() };
    };

    it('shows no way on a phone to a rail that needs the app: the rail’s bar stays out of sight', async () => {
      const { page, close } = await open('', { width: 412, height: 823 });
      expect(await page.locator('.pv-rail-bar').count()).toBe(1);
      expect(await page.locator('.pv-rail-bar').isVisible()).toBe(false);
      expect(await page.locator('h1').isVisible()).toBe(true);
      await close();
    });

    it('reads: its headline, title, description and every paragraph are in the page', async () => {
      const { page, close } = await open('');
      expect(await page.textContent('h1')).toBe(small.meta.headline.text);
      expect(await page.title()).toBe(`${small.meta.headline.text} · Provenance`);
      expect(await page.getAttribute('meta[name="description"]', 'content')).toBeTruthy();
      const shown = await page.$$eval('.pv-paragraph', (els) => els.map((el) => el.textContent));
      expect(shown).toEqual(paragraphs);
      await close();
    });

    it('unfurls: its JSON-LD parses and names every quotation’s speaker; its canonical link and Open Graph title are its own', async () => {
      const { page, close } = await open('');
      const head = await page.evaluate(() => ({
        jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map(
          (s) => s.textContent,
        ),
        canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
        ogTitle: document.querySelector('meta[property="og:title"]')?.getAttribute('content'),
      }));
      expect(head.jsonLd).toHaveLength(1);
      const data = JSON.parse(head.jsonLd[0] ?? '') as {
        '@type': string;
        headline: string;
        hasPart?: { spokenByCharacter?: { name: string } }[];
      };
      expect(data['@type']).toBe('NewsArticle');
      expect(data.headline).toBe(small.meta.headline.text);
      const names = new Map(small.sources.map((source) => [source.id, source.name]));
      expect(small.quotes.length).toBeGreaterThan(0);
      expect((data.hasPart ?? []).map((part) => part.spokenByCharacter?.name)).toEqual(
        small.quotes.map((quote) => names.get(quote.speakerId)),
      );
      expect(head.canonical).toBe(`${NAME}.html`);
      expect(head.ogTitle).toBe(small.meta.headline.text);
      await close();
    });

    it('leads to the list of articles, a page of its own, which leads to every article’s page', async () => {
      const { page, close } = await open('');
      await page
        .getByRole('navigation', { name: 'Site' })
        .getByRole('link', { name: 'All articles' })
        .click();
      await page.waitForURL(/\/articles\.html$/);
      expect(await page.textContent('h1')).toBe('All articles');
      const headlines = page.locator('.pv-library-headline a');
      expect(await headlines.allTextContents()).toEqual(
        expect.arrayContaining([small.meta.headline.text, seed.meta.headline.text]),
      );
      expect(await headlines.count()).toBe(2);
      // Drawn as the app's list: its own stylesheet (the list chunk's) lays each entry out in two
      // columns, date beside story.
      expect(
        await page
          .locator('.pv-library-entry')
          .first()
          .evaluate((li) => getComputedStyle(li).display),
      ).toBe('grid');
      await page.getByRole('link', { name: small.meta.headline.text }).click();
      await page.waitForURL(new RegExp(`/${NAME}\\.html$`));
      expect(await page.textContent('h1')).toBe(small.meta.headline.text);
      await close();
    });

    it('lands a plain #ID anchor on its item (the browser scrolls to it)', async () => {
      const { page, close } = await open('#p-union');
      const box = await page.locator('#p-union').boundingBox();
      expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
      // At the top of the view (to within a pixel's rounding), as a browser puts a fragment's target.
      expect(box && box.y > -1 && box.y < 400).toBe(true);
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p-union');
      await close();
    });
  });
});

describe('the switch: PROVENANCE_FIRST_PAINT=off builds the plain app, which shows the same article', () => {
  let plain: StaticServer | undefined;
  let pages: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    plain = await startStaticServer({ dist: plainDist });
    pages = await startStaticServer({ dist: pagesDist });
    browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
  });
  afterAll(async () => {
    await browser?.close();
    await plain?.close();
    await pages?.close();
  });

  const shown = async (url: string) => {
    if (!browser) throw new Error('no browser');
    const page = await browser.newPage();
    await page.goto(url);
    await waitForApp(page);
    await page.waitForSelector('.pv-paragraph');
    const text = await page.evaluate(() => ({
      headline: document.querySelector('h1')?.textContent,
      text: [...document.querySelectorAll('#pv-main .pv-verbatim')].map((el) => el.textContent),
      sourceToggles: document.querySelectorAll('.pv-source-toggle').length,
    }));
    await page.close();
    return text;
  };

  it('has no pages, no boot.js and an empty root: nothing of the first-paint path', () => {
    expect(existsSync(join(plainDist, `${NAME}.html`))).toBe(false);
    expect(existsSync(join(plainDist, 'boot.js'))).toBe(false);
    const html = readFileSync(join(plainDist, 'index.html'), 'utf8');
    expect(html).toContain('<div id="root"></div>');
    expect(html).not.toContain('boot.js');
    expect(existsSync(join(pagesDist, `${NAME}.html`))).toBe(true);
  });

  it.each([
    ['the bundled article', '', ''],
    ['another article', `#/read/${NAME}`, `${NAME}.html`],
  ])('shows %s exactly as the build with pages does', async (_, plainFragment, pagePath) => {
    if (!plain || !pages) throw new Error('no servers');
    const fromPlain = await shown(`${plain.url}${plainFragment}`);
    const fromPages = await shown(`${pages.url}${pagePath}`);
    expect(fromPlain.text.length).toBeGreaterThan(2);
    expect(fromPlain).toEqual(fromPages);
  });
});
