import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEED_ARTICLE_FILE, seedLines } from '../fixtures/load-fixture';
import { useReader, waitForApp } from './lib/reader-page';
import { distDir } from '../../tools/static-server';
import { PARSED_MARKER_ID } from '../../src/boot/contract';

const NAME = 'dailynk-train-service-talks';
const CORRECTED = 'North Korea and China drop plans to restart international train service';

// While `corrected` is on, the bundled article's file is answered with an edited copy: the
// file on the server changed after the build, as when a newsroom publishes a correction.
let corrected = false;
function correctedArticle(req: IncomingMessage, res: ServerResponse): boolean {
  if (!corrected || !req.url?.endsWith(`/articles/${NAME}.json`)) return false;
  const article = JSON.parse(readFileSync(SEED_ARTICLE_FILE, 'utf8')) as {
    meta: { headline: { text: string } };
  };
  article.meta.headline.text = CORRECTED;
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(article));
  return true;
}

// While `slowHtml` is on, the page's HTML comes in two parts, cut in the middle of the article,
// the rest 500 ms after the first, as over a slow network.
let slowHtml = false;
function htmlInTwoParts(req: IncomingMessage, res: ServerResponse): boolean {
  if (!slowHtml || !req.url?.endsWith('/reader/')) return false;
  const html = readFileSync(`${distDir}/index.html`, 'utf8');
  const blocks = [...html.matchAll(/<div class="pv-block">/g)];
  const cut = blocks[Math.floor(blocks.length / 2)]?.index ?? 0;
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.write(html.slice(0, cut));
  setTimeout(() => res.end(html.slice(cut)), 500);
  return true;
}

/** Installed before the page's HTML is parsed: notes what the reader could see, frame by frame. */
function watchFirstFrames() {
  const seen = { firstParagraph: null as Element | null, prerenderedShown: false, loadingShown: false };
  Object.assign(window, { __seen: seen });
  // Nodes of the HTML the build rendered, taken while the parser inserts them (before any of
  // the app's script can run), not whatever the app puts in their place later.
  let prerendered: Element | null = null;
  let watching = false;
  const look = () => {
    if (prerendered?.isConnected && prerendered.checkVisibility()) seen.prerenderedShown = true;
    if (document.querySelector('.pv-loading, [aria-busy="true"]')) seen.loadingShown = true;
    if (document.documentElement.dataset.pvApp !== 'ready') requestAnimationFrame(look);
  };
  // Mutation records are delivered after each parser task, before any script's task runs; the
  // last batch comes once parsing is done.
  new MutationObserver((_, observer) => {
    prerendered ??= document.querySelector('#root[data-prerendered] > *');
    seen.firstParagraph ??= document.querySelector('#root[data-prerendered] .pv-paragraph');
    if (document.readyState !== 'loading') observer.disconnect();
    if (watching || document.querySelector('body') === null) return;
    watching = true;
    // Checked in animation frames: just before each paint, once styles apply.
    requestAnimationFrame(look);
  }).observe(document, { childList: true, subtree: true });
}

type Seen = { firstParagraphKept: boolean; prerenderedShown: boolean; loadingShown: boolean };

describe('the bundled article, pre-rendered at build time', () => {
  const reader = useReader({ handlers: [correctedArticle, htmlInTwoParts] });
  // On the page openWatched uses, for every test that uses it: each must pass when run alone.
  beforeAll(async () => {
    await reader.page.addInitScript(watchFirstFrames);
  });

  const openWatched = async (fragment: string, shown = 'h1'): Promise<Seen> => {
    const page = reader.page;
    await page.goto('about:blank');
    await page.goto(`${reader.server.url}${fragment}`);
    await waitForApp(page);
    await page.waitForSelector(shown);
    return page.evaluate(() => {
      const seen = (
        window as unknown as { __seen: { firstParagraph: Element | null } & Omit<Seen, 'firstParagraphKept'> }
      ).__seen;
      return {
        firstParagraphKept:
          seen.firstParagraph !== null && seen.firstParagraph === document.querySelector('.pv-paragraph'),
        prerenderedShown: seen.prerenderedShown,
        loadingShown: seen.loadingShown,
      };
    });
  };

  it('is readable without JavaScript: every line of the article is in the page itself', async () => {
    const page = await reader.session.context.newPage();
    await page.route('**/*.js', (route) => route.abort());
    await page.goto(reader.server.url);
    const shown = await page.$$eval('.pv-verbatim', (els) => els.map((el) => el.textContent));
    expect(shown.map((t) => t.trimEnd())).toEqual(seedLines().map((line) => line.trimEnd()));
    expect(await page.title()).toMatch(/North Korea and China .* · Provenance$/);
    // The rail's tabs need the app: the page does not offer controls that cannot work.
    expect(await page.locator('#pv-rail').count()).toBe(1);
    expect(await page.locator('#pv-rail [role="tab"], #pv-rail button').count()).toBe(0);
    // Nor the paragraphs' permalinks (copying one needs the app; they come with it).
    expect(await page.locator('.pv-permalink').count()).toBe(0);
    await page.close();
  });

  it.each(['q-bewildered', 'a-bewildered', 'p-kim-order'])(
    'shows a linked %s in view, focused, before the app’s script has run',
    async (id) => {
      const page = await reader.session.context.newPage();
      // boot.js runs; the app's own script never arrives.
      await page.route('**/assets/*.js', (route) => route.abort());
      await page.goto(`${reader.server.url}#/read/${NAME}/${id}`);
      await page.waitForFunction((wanted) => document.activeElement?.id === wanted, id);
      const box = await page.locator(`#${id}`).boundingBox();
      const viewport = page.viewportSize();
      expect(box && viewport && box.y >= 0 && box.y + box.height <= viewport.height).toBe(true);
      expect(await page.locator('html[data-pv-app]').count()).toBe(0);
      await page.close();
    },
  );

  it('shows a linked quote focused in the very frame that first draws the page', async () => {
    const page = await reader.session.context.newPage();
    await page.addInitScript(() => {
      const seen = { focusedAtFirstFrame: null as string | null };
      Object.assign(window, { __firstFrame: seen });
      // The first frame with the article in it; a task posted from its rAF runs once it is drawn.
      const frame = () => {
        if (!document.getElementById('root')?.firstElementChild) {
          requestAnimationFrame(frame);
          return;
        }
        const channel = new MessageChannel();
        channel.port1.onmessage = () => (seen.focusedAtFirstFrame = document.activeElement?.id || '(none)');
        channel.port2.postMessage(null);
      };
      requestAnimationFrame(frame);
    });
    await page.route('**/assets/*.js', (route) => route.abort());
    // Parsing goes on after the article for a long while (a script that holds the parser just
    // after the article's end, answered late): the frame may come first, and must show the focus.
    await page.route(reader.server.url, async (route) => {
      const response = await route.fetch();
      const marker = `<template id="${PARSED_MARKER_ID}"></template>`;
      const html = (await response.text()).replace(
        marker,
        `${marker}<script src="./held-parser.js"></script>`,
      );
      await route.fulfill({ response, body: html });
    });
    await page.route('**/held-parser.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.fulfill({ contentType: 'text/javascript', body: '' });
    });
    await page.goto(`${reader.server.url}#/read/${NAME}/q-bewildered`);
    const seen = await page.waitForFunction(
      () =>
        (window as unknown as { __firstFrame: { focusedAtFirstFrame: string | null } }).__firstFrame
          .focusedAtFirstFrame,
    );
    expect(await seen.jsonValue()).toBe('q-bewildered');
    await page.close();
  });

  it('draws the page before the app’s code downloads and runs', async () => {
    const page = await reader.session.context.newPage();
    await page.addInitScript(() => {
      const seen = { frameAt: 0, appAt: 0 };
      Object.assign(window, { __order: seen });
      // The app's first act is to fetch the article it shows (src/app/main.tsx).
      const fetch = window.fetch.bind(window);
      window.fetch = (...args) => {
        seen.appAt ||= performance.now();
        return fetch(...args);
      };
      const frame = () => {
        if (document.getElementById('root')?.firstElementChild) seen.frameAt ||= performance.now();
        else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    // boot.js comes late: nothing can be drawn before it has run (it blocks rendering), while
    // the HTML and the stylesheet are in long before; the app's script would be too, were it
    // asked for with the page.
    await page.route('**/boot.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await page.goto(`${reader.server.url}#/read/${NAME}`);
    await waitForApp(page);
    const order = await page.evaluate(
      () => (window as unknown as { __order: { frameAt: number; appAt: number } }).__order,
    );
    expect(order.frameAt).toBeGreaterThan(0);
    expect(order.appAt).toBeGreaterThan(order.frameAt);
    // Its download started after that first frame (start.js): it did not compete with it.
    const appScriptStart = await page.evaluate(
      () =>
        performance
          .getEntriesByType('resource')
          .find((entry) => /\/assets\/index-[\w-]+\.js$/.test(entry.name))?.startTime,
    );
    expect(appScriptStart).toBeGreaterThan(order.frameAt);
    await page.close();
  });

  it('draws no part of the article until all of it is in: the first frame holds the whole text', async () => {
    const page = await reader.session.context.newPage();
    await page.addInitScript(() => {
      const first = { paragraphs: -1, endMatter: false };
      Object.assign(window, { __first: first });
      const frame = () => {
        const root = document.getElementById('root');
        if (!root?.firstElementChild) {
          requestAnimationFrame(frame);
          return;
        }
        first.paragraphs = root.querySelectorAll('.pv-paragraph').length;
        first.endMatter = root.querySelector('.pv-end-matter') !== null;
      };
      requestAnimationFrame(frame);
    });
    slowHtml = true;
    try {
      await page.goto(`${reader.server.url}#/read/${NAME}`);
      await waitForApp(page);
    } finally {
      slowHtml = false;
    }
    const first = await page.evaluate(() => (window as unknown as { __first: object }).__first);
    const paragraphs = await page.locator('#root .pv-paragraph').count();
    expect(paragraphs).toBeGreaterThan(10);
    expect(first).toEqual({ paragraphs, endMatter: true });
    await page.close();
  });

  it('leaves an item it cannot show (an event on a hidden tab) to the app', async () => {
    const page = await reader.session.context.newPage();
    await page.route('**/assets/*.js', (route) => route.abort());
    await page.goto(`${reader.server.url}#/read/${NAME}/e-nampo-proposal`);
    await page.waitForLoadState('load');
    await page.evaluate(() => new Promise(requestAnimationFrame));
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await page.close();
  });

  it('keeps room under a linked quote for its card, so the text below does not jump when it opens', async () => {
    const reserve = (p: Page) =>
      p.evaluate(() => {
        const block = document.getElementById('q-bewildered')?.closest('.pv-block');
        return block ? getComputedStyle(block, '::after').height : 'no block';
      });
    // Before the app runs (its code never arrives): the room is kept under the paragraph.
    const bare = await reader.session.context.newPage();
    await bare.route('**/assets/*.js', (route) => route.abort());
    await bare.goto(`${reader.server.url}#/read/${NAME}/q-bewildered`);
    await bare.waitForFunction(() => document.activeElement?.id === 'q-bewildered');
    expect(parseFloat(await reserve(bare))).toBeGreaterThan(200);
    await bare.close();

    // With the app: its card opens in that room; what the reader saw barely moves.
    const page = await reader.session.context.newPage();
    await page.addInitScript(() => {
      const shifts = { total: 0 };
      Object.assign(window, { __shifts: shifts });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          shifts.total += (entry as PerformanceEntry & { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${reader.server.url}#/read/${NAME}/q-bewildered`);
    await waitForApp(page);
    await page.locator('.pv-quote-card').first().waitFor();
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    expect(await reserve(page)).toBe('auto');
    const total = await page.evaluate(
      () => (window as unknown as { __shifts: { total: number } }).__shifts.total,
    );
    expect(total).toBeLessThan(0.02);
    await page.close();
  });

  it('is hydrated, not rebuilt: the paragraphs first painted are the ones the reader uses', async () => {
    const seen = await openWatched('#/');
    expect(seen).toEqual({ firstParagraphKept: true, prerenderedShown: true, loadingShown: false });
    expect(reader.session.pageErrors).toEqual([]);
    // Every paragraph has its permalink once the app has the page.
    const paragraphs = await reader.page.locator('.pv-paragraph').count();
    expect(await reader.page.locator('.pv-block > .pv-permalink').count()).toBe(paragraphs);
    // Its controls work: an inline source toggle opens its card.
    const toggle = reader.page.locator('.pv-source-toggle').first();
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
  });

  it('never flashes the pre-rendered article on another page', async () => {
    for (const fragment of ['#/articles', '#/read/harbour-council-vote']) {
      const seen = await openWatched(fragment);
      expect({ fragment, shown: seen.prerenderedShown }).toEqual({ fragment, shown: false });
      expect(await reader.page.textContent('h1')).not.toContain('North Korea');
    }
    const embed = await openWatched(`#/embed/${NAME}/e-nampo-proposal?view=card`, 'main');
    expect(embed.prerenderedShown).toBe(false);
    expect(await reader.page.locator('.pv-paragraph').count()).toBe(0);
  });

  it.each([
    ['a quote', 'q-bewildered'],
    ['an attribution inside a card', 'a-bewildered'],
    ['a source in the rail', 'src-second-nk-source'],
    ['a timeline event (another tab)', 'e-nampo-proposal'],
    ['a passage', '?exact=as+a+second-best+option'],
  ])('hydrates a deep link to %s too, then opens what it names', async (_, target) => {
    const path = target.startsWith('?') ? `#/read/${NAME}${target}` : `#/read/${NAME}/${target}`;
    const id = target.startsWith('?') ? 'linked-passage' : target;
    const seen = await openWatched(path);
    expect(seen).toEqual({ firstParagraphKept: true, prerenderedShown: true, loadingShown: false });
    await reader.page.waitForFunction((wanted) => document.activeElement?.id === wanted, id);
    // A first render that differed from the HTML would have been reported as an error.
    expect(reader.session.pageErrors).toEqual([]);
  });

  /** How the page's downloads of an article's file were started ('link': a preload). */
  const articleInitiators = (file: string) =>
    reader.page.evaluate(
      (ending) =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => entry.name.endsWith(ending))
          .map((entry) => (entry as PerformanceResourceTiming).initiatorType),
      file,
    );

  it('preloads the article for the app (one download) and the validator only when it is needed', async () => {
    const requested: string[] = [];
    const onRequest = (request: { url: () => string }) => {
      requested.push(new URL(request.url()).pathname.split('/').pop() ?? '');
    };
    reader.page.on('request', onRequest);
    try {
      await openWatched('#/');
      const bundled = [...requested];
      // The bundled article's text is in the page: its file is preloaded once the page is drawn.
      expect(await articleInitiators(`/${NAME}.json`)).toEqual(['link']);
      requested.length = 0;
      await openWatched('#/read/harbour-council-vote');
      // Preloaded by boot.js and taken by the app's fetch: one download each, not two.
      expect(bundled.filter((file) => file === `${NAME}.json`)).toHaveLength(1);
      expect(requested.filter((file) => file === 'harbour-council-vote.json')).toHaveLength(1);
      // The build validated the bundled article; another article needs the validator.
      expect(bundled.some((file) => file.startsWith('article-parser-'))).toBe(false);
      expect(requested.some((file) => file.startsWith('article-parser-'))).toBe(true);
      // The article was started by boot.js's <link rel="preload">, before the app's script ran.
      expect(await articleInitiators('/harbour-council-vote.json')).toEqual(['link']);
      expect(requested.filter((file) => file.startsWith('article-parser-'))).toHaveLength(1);
    } finally {
      reader.page.off('request', onRequest);
    }
  });

  it('shows the file on the server when it changed after the build (a correction)', async () => {
    corrected = true;
    try {
      await openWatched('#/');
      await reader.page.waitForFunction(
        (text) => document.querySelector('h1')?.textContent === text,
        CORRECTED,
      );
      expect(await reader.page.locator('h1').count()).toBe(1);
      expect(reader.session.pageErrors).toEqual([]);
    } finally {
      corrected = false;
    }
  });
});
