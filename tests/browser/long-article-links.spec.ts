import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/article/article-schema';
import { FIRST_BLOCKS, PROGRESSIVE_MIN_BLOCKS } from '../../src/features/reader/use-progressive-blocks';
import { SEED_ARTICLE_FILE } from '../fixtures/load-fixture';
import { buildApp } from './lib/build-app';
import { scaledSeedHandler } from './lib/scaled-seed';
import { useReader, waitForApp } from './lib/reader-page';
import { CHROMIUM_FLAGS, chromiumPath } from '../../tools/chromium';
import { copySuffix, scaleArticle } from '../../tools/scale-article';

// A long article (the seed 8 times over, past PROGRESSIVE_MIN_BLOCKS) on a page of its own: its
// pre-rendered blocks past the first FIRST_BLOCKS are still text with their items' ids.
const NAME = 'long-read';
const COPIES = 8;
const seed = JSON.parse(readFileSync(SEED_ARTICLE_FILE, 'utf8')) as Article;
const long = scaleArticle(seed, COPIES, 'long');
// A quote in the last copy, as the bench's deep link (scripts/bench/targets.ts).
const QUOTE = `q-bewildered${copySuffix(COPIES - 1)}`;

const work = mkdtempSync(join(tmpdir(), 'provenance-long-'));
const articles = join(work, 'articles');
const dist = join(work, 'dist');

beforeAll(async () => {
  mkdirSync(articles);
  copyFileSync(SEED_ARTICLE_FILE, join(articles, 'dailynk-train-service-talks.json'));
  writeFileSync(join(articles, `${NAME}.json`), JSON.stringify(long));
  await buildApp(dist, { PROVENANCE_ARTICLES: articles });
}, 240_000);
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('a deep link into a long article’s page, past the blocks rendered complete', () => {
  // The build makes the page; the app fetches the file it was made from (the same text).
  const reader = useReader({ dist, handlers: [scaledSeedHandler(NAME, COPIES)] });

  it('is a late quote of a long article (the case this spec is about)', () => {
    expect(long.body.length).toBeGreaterThanOrEqual(PROGRESSIVE_MIN_BLOCKS);
    const quote = long.quotes.find((q) => q.id === QUOTE);
    const index = long.body.findIndex((block) => block.id === quote?.parts[0]?.blockId);
    expect(index).toBeGreaterThan(FIRST_BLOCKS);
  });

  // A plain anchor is the browser's own target too (it scrolls to it until the page has loaded);
  // the app's route is boot.js's alone.
  it.each([
    ['a plain #ID', `#${QUOTE}`],
    ['the app’s route', `#/read/${NAME}/${QUOTE}`],
  ])(
    'focuses the quote of %s before the app’s script runs, and keeps it focused and still through hydration',
    async (_form, fragment) => {
      const page = await reader.session.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      // Each frame's focused id, as it changes: a frame with the focus lost would show as ''.
      await page.addInitScript(() => {
        const focused: string[] = [];
        Object.assign(window, { __focused: focused });
        const frame = () => {
          const id = document.activeElement?.id ?? '';
          if (focused.at(-1) !== id) focused.push(id);
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      });
      // start.js imports the app: held until the pre-rendered page has been looked at.
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/start.js', async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`${reader.server.url}${NAME}.html${fragment}`, { waitUntil: 'commit' });
      await page.waitForFunction((id) => document.activeElement?.id === id, QUOTE);
      const before = await page.evaluate(() => ({
        tag: document.activeElement?.tagName,
        quote: document.activeElement?.getAttribute('data-quote'),
        app: document.documentElement.dataset.pvApp ?? null,
        top: Math.round(document.activeElement?.getBoundingClientRect().top ?? NaN),
        inView: (() => {
          const box = document.activeElement?.getBoundingClientRect();
          return box !== undefined && box.bottom > 0 && box.top < innerHeight;
        })(),
      }));
      // The plain block's span, shown and focused by boot.js alone.
      expect(before).toMatchObject({ tag: 'SPAN', quote: QUOTE, app: null, inView: true });

      release();
      await waitForApp(page);
      // The block completes once the app runs: the quote's own `q` takes the id, and the focus.
      await page.waitForFunction((id) => document.getElementById(id)?.tagName === 'Q', QUOTE);
      const after = await page.evaluate(() => ({
        tag: document.activeElement?.tagName,
        id: document.activeElement?.id,
        top: Math.round(document.activeElement?.getBoundingClientRect().top ?? NaN),
        focused: (window as unknown as { __focused: string[] }).__focused,
      }));
      expect(after.tag).toBe('Q');
      expect(after.id).toBe(QUOTE);
      // Where boot.js showed it: the completed block does not move it (within a pixel or two).
      expect(Math.abs(after.top - before.top), `top ${before.top} → ${after.top}`).toBeLessThanOrEqual(2);
      // From the first frame it had the focus, it never lost it.
      expect(after.focused.slice(after.focused.indexOf(QUOTE))).toEqual([QUOTE]);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  // The blocks around the quote were the server's still text, and complete once the app runs:
  // their lines break alike (still-text.tsx), so nothing above the quote moves (its card, opening
  // below it, may move what follows).
  it.each([
    [1280, 720],
    [375, 760],
  ])('moves no line above the quote at %i px as the blocks around it complete', async (width, height) => {
    const page = await reader.session.context.newPage();
    await page.setViewportSize({ width, height });
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/start.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${reader.server.url}${NAME}.html#${QUOTE}`, { waitUntil: 'commit' });
    await page.waitForFunction((id) => document.activeElement?.id === id, QUOTE);
    // Every paragraph on the screen down to the quote's: where it is and how tall.
    const boxes = () =>
      page.evaluate((id) => {
        const last = document.getElementById(id)?.closest('p');
        const bottom = last?.getBoundingClientRect().bottom ?? 0;
        return [...document.querySelectorAll('p.pv-paragraph')].flatMap((p) => {
          const box = p.getBoundingClientRect();
          if (box.bottom <= 0 || box.top >= bottom) return [];
          const still = p.querySelector('.pv-chip:not(button)') !== null;
          return [{ id: p.id, top: Math.round(box.top), height: Math.round(box.height), still }];
        });
      }, QUOTE);
    const before = await boxes();
    expect(before.length).toBeGreaterThan(0);
    expect(before.filter((box) => box.still).length).toBeGreaterThan(0);
    release();
    await waitForApp(page);
    // Complete: no still ring left on the screen, the quote its own `q`.
    await page.waitForFunction(
      (ids) =>
        ids.every((id) => document.getElementById(id)?.querySelector('.pv-chip:not(button)') === null) &&
        document.activeElement?.tagName === 'Q',
      before.map((box) => box.id),
    );
    const after = await boxes();
    expect(after.map((box) => box.id)).toEqual(before.map((box) => box.id));
    // Within a pixel (sub-pixel positions rounded), as the quote's own place above.
    const moved = after.map((box, i) =>
      Math.max(
        Math.abs(box.top - (before[i]?.top ?? NaN)),
        Math.abs(box.height - (before[i]?.height ?? NaN)),
      ),
    );
    expect(Math.max(...moved), JSON.stringify({ before, after })).toBeLessThanOrEqual(1);
    await page.close();
  });

  it('completes the blocks far down only when the reader scrolls to them', async () => {
    const page = await reader.session.context.newPage();
    await page.goto(`${reader.server.url}${NAME}.html`);
    await waitForApp(page);
    // The first screen is complete (its attributions' toggles), the far end plain text.
    await page.locator('.pv-source-toggle').first().waitFor();
    const tagOf = (id: string) => page.evaluate((i) => document.getElementById(i)?.tagName, id);
    expect(await tagOf(QUOTE)).toBe('SPAN');
    await page.locator(`[id="${QUOTE}"]`).scrollIntoViewIfNeeded();
    await page.waitForFunction((id) => document.getElementById(id)?.tagName === 'Q', QUOTE);
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

    it('lands the plain #ID anchor on the quote (the browser scrolls to it)', async () => {
      if (!browser) throw new Error('no browser');
      const context = await browser.newContext({
        javaScriptEnabled: false,
        viewport: { width: 1280, height: 600 },
      });
      const page = await context.newPage();
      await page.goto(`${reader.server.url}${NAME}.html#${QUOTE}`);
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(QUOTE);
      const box = await page.locator(`[id="${QUOTE}"]`).boundingBox();
      expect(box && box.y > -1 && box.y < 600).toBe(true);
      await context.close();
    });
  });
});
