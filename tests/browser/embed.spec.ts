import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { axeViolations } from './lib/axe';
import { hostPage, startHostServer, type HostServer } from './lib/host-server';
import { useReader } from './lib/reader-page';

const ARTICLE = 'dailynk-train-service-talks';
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";

describe('embedding in a page on another origin', () => {
  let host: HostServer;
  let foreign: HostServer;
  let readerUrl = '';
  const reader = useReader({
    // The reader as a host must serve it: strict CSP, framing allowed for the host alone.
    headers: { 'Content-Security-Policy': `${STRICT_CSP}; frame-ancestors http://127.0.0.1:*` },
  });

  beforeAll(async () => {
    readerUrl = reader.server.url;
    // A third origin, to post forged messages from.
    foreign = await startHostServer(() => ({
      '/': '<!doctype html><title>elsewhere</title><p>elsewhere</p>',
    }));
    const hostCsp = `default-src 'self'; script-src ${reader.server.origin}; frame-src ${reader.server.origin} ${foreign.origin}; style-src 'self'`;
    host = await startHostServer(
      () => ({
        '/reader.html': hostPage(readerUrl, { article: ARTICLE, view: 'reader', 'update-host-hash': 'true' }),
        '/quote.html': hostPage(readerUrl, { article: ARTICLE, item: 'q-bewildered', view: 'card' }),
        '/timeline.html': hostPage(readerUrl, { article: ARTICLE, view: 'timeline' }),
        '/named.html': hostPage(readerUrl, { article: ARTICLE, item: 'q-bewildered', view: 'reader' }),
        '/quotes.html': hostPage(readerUrl, { article: ARTICLE, view: 'quotes', theme: 'dark' }),
        '/event.html': hostPage(readerUrl, { article: ARTICLE, item: 'e-nampo-proposal', view: 'card' }),
        '/source.html': hostPage(readerUrl, { article: ARTICLE, item: 'src-nk-source', view: 'card' }),
        '/passage.html': hostPage(readerUrl, { article: ARTICLE, item: 'a-discussed-again', view: 'card' }),
        // Far enough down the page to be off screen, near enough for the lazy frame to load.
        '/below-fold.html': hostPage(readerUrl, { article: ARTICLE, view: 'reader' }).replace(
          '<div data-provenance-embed',
          `${'<p>Background reading.</p>'.repeat(40)}<div data-provenance-embed`,
        ),
      }),
      { 'Content-Security-Policy': hostCsp },
    );
  });
  afterAll(async () => {
    await host.close();
    await foreign.close();
  });

  async function openHost(path: string): Promise<{ page: Page; frame: Frame }> {
    reader.session.pageErrors.length = 0;
    const page = reader.page;
    await page.goto('about:blank');
    await page.goto(host.url(path));
    const handle = await page.waitForSelector('iframe.provenance-embed');
    const frame = await handle.contentFrame();
    if (!frame) throw new Error('no embed frame');
    try {
      await frame.waitForSelector('h1');
    } catch (error) {
      // A rare timeout here in CI (the heading there but hidden): say what the frame was doing.
      const box = await handle.boundingBox().catch(() => null);
      const inside = await frame
        .evaluate(() => {
          const h1 = document.querySelector('h1')?.getBoundingClientRect();
          return {
            url: location.href,
            readyState: document.readyState,
            app: document.documentElement.dataset.pvApp ?? null,
            page: document.documentElement.dataset.pvPage ?? null,
            visibility: document.visibilityState,
            viewport: [innerWidth, innerHeight],
            h1: h1 ? [h1.x, h1.y, h1.width, h1.height] : null,
          };
        })
        .catch((reason: unknown) => String(reason));
      console.error('embed frame at the timeout:', { frameBox: box, inside });
      throw error;
    }
    return { page, frame };
  }

  const frameHeight = (page: Page) =>
    page.evaluate(() => document.querySelector('iframe')?.getBoundingClientRect().height ?? 0);
  const contentHeight = (frame: Frame) =>
    frame.evaluate(() => document.querySelector('.pv-embed')?.getBoundingClientRect().height ?? 0);

  /** Waits until the iframe is as tall as its content (within 2 px), and returns that height. */
  async function settledHeight(page: Page, frame: Frame): Promise<number> {
    let outer = 0;
    let inner = -100;
    for (let attempt = 0; attempt < 50 && Math.abs(outer - inner) > 2; attempt += 1) {
      await page.waitForTimeout(100);
      [outer, inner] = [await frameHeight(page), await contentHeight(frame)];
    }
    expect(Math.abs(outer - inner)).toBeLessThanOrEqual(2);
    return outer;
  }

  const innerScroll = (frame: Frame) =>
    frame.evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight);

  it('shows the article in the frame, sized to its content with no inner scrollbar', async () => {
    const { page, frame } = await openHost('/reader.html');
    expect(await frame.locator('h1').first().textContent()).toContain('North Korea');
    const height = await settledHeight(page, frame);
    expect(height).toBeGreaterThan(1000);
    expect(await innerScroll(frame)).toBeLessThanOrEqual(1);
    expect(await page.locator('iframe').getAttribute('title')).toBe('Provenance: article');
    expect(await page.locator('iframe').getAttribute('sandbox')).toBe(
      'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
    );
  });

  it('starts in a frame below the fold, before the reader has scrolled to it', async () => {
    const page = reader.page;
    await page.goto('about:blank');
    await page.goto(host.url('/below-fold.html'));
    const handle = await page.waitForSelector('iframe.provenance-embed', { state: 'attached' });
    const frame = await handle.contentFrame();
    if (!frame) throw new Error('no embed frame');
    // A frame from another site draws nothing while off screen: the app must not wait for that.
    await frame.waitForSelector('html[data-pv-app="ready"]', { state: 'attached' });
    expect(await frame.locator('h1').first().textContent()).toContain('North Korea');
    expect(await handle.evaluate((iframe) => iframe.getBoundingClientRect().top > window.innerHeight)).toBe(
      true,
    );
  });

  it('follows the content as a source card opens and closes', async () => {
    const { page, frame } = await openHost('/reader.html');
    const before = await settledHeight(page, frame);
    await frame.locator('#a-discussed-again .pv-source-toggle').click();
    await frame.locator('#card-a-discussed-again').waitFor();
    const opened = await settledHeight(page, frame);
    expect(opened).toBeGreaterThan(before + 50);
    expect(await innerScroll(frame)).toBeLessThanOrEqual(1);
    await frame.getByRole('button', { name: 'Close source card' }).click();
    await frame.locator('#card-a-discussed-again').waitFor({ state: 'detached' });
    const closed = await settledHeight(page, frame);
    // Back to about the first height: the passage's marks may wrap a little differently once visited.
    expect(closed).toBeLessThan(opened - 50);
    expect(Math.abs(closed - before)).toBeLessThanOrEqual(30);
    expect(await innerScroll(frame)).toBeLessThanOrEqual(1);
  });

  it('ignores height messages from any other window or origin', async () => {
    const { page, frame } = await openHost('/reader.html');
    const before = await settledHeight(page, frame);
    const forged = { type: 'provenance:height', version: 1, id: 'provenance-1', height: 40 };
    // A listener added after the loader's: message listeners run in the order they were added,
    // so once it has seen both forged messages, the loader has handled (and ignored) them.
    const handled = page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          let seen = 0;
          window.addEventListener('message', (event: MessageEvent<{ height?: number }>) => {
            if (event.data.height === 40 && ++seen === 2) resolve();
          });
        }),
    );
    // From the host page itself (the wrong source)…
    await page.evaluate((message) => {
      window.postMessage(message, '*');
    }, forged);
    // …and from a frame of a third origin.
    await page.evaluate((src) => {
      const other = document.createElement('iframe');
      other.src = src;
      other.id = 'foreign';
      document.body.append(other);
    }, foreign.url('/'));
    const foreignFrame = await (await page.waitForSelector('#foreign')).contentFrame();
    await foreignFrame!.waitForSelector('p');
    await foreignFrame!.evaluate((message) => {
      parent.postMessage(message, '*');
    }, forged);
    await handled;
    expect(await frameHeight(page)).toBe(before);
  });

  it('opens the item the snippet names', async () => {
    const { frame } = await openHost('/named.html');
    await frame.locator('#card-q-bewildered').waitFor();
    await expect.poll(() => frame.evaluate(() => document.activeElement?.id)).toBe('q-bewildered');
  });

  it('opens the item the host page’s fragment names, then follows later changes', async () => {
    reader.session.pageErrors.length = 0;
    const page = reader.page;
    await page.goto('about:blank');
    await page.goto(host.url('/timeline.html#provenance=e-nampo-proposal'));
    const frame = await (await page.waitForSelector('iframe.provenance-embed')).contentFrame();
    const expanded = (id: string) =>
      frame!.locator(`button[aria-controls="${id}-details"]`).getAttribute('aria-expanded');
    await expect.poll(() => expanded('e-nampo-proposal'), { timeout: 5000 }).toBe('true');
    await settledHeight(page, frame!);
    await page.evaluate(() => {
      window.location.hash = '#provenance=e-kim-order';
    });
    await expect.poll(() => expanded('e-kim-order'), { timeout: 5000 }).toBe('true');
    expect(await frame!.evaluate(() => location.hash)).toContain('/e-kim-order');
  });

  it('writes an item chosen in the embed into the host’s fragment when asked to', async () => {
    const { page, frame } = await openHost('/reader.html');
    await frame.locator('#a-discussed-again .pv-source-toggle').click();
    await frame
      .locator('#card-a-discussed-again')
      .getByRole('link', { name: /^Permalink/ })
      .click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#provenance=a-discussed-again');
    expect(page.url()).toContain('/reader.html');
  });

  it('fetches from no origin but the reader’s and the host’s, with no CSP violation in any view', async () => {
    reader.session.foreignRequests.length = 0;
    for (const view of ['quote', 'reader', 'timeline', 'quotes', 'event', 'source', 'passage']) {
      await openHost(`/${view}.html`);
      // Until the host and its embed have loaded all they ask for (lazy chunks too).
      await reader.page.waitForLoadState('networkidle');
      expect(reader.session.pageErrors, view).toEqual([]);
    }
    expect(reader.session.foreignRequests.filter((url) => !url.startsWith(host.origin))).toEqual([]);
    expect(reader.session.pageErrors).toEqual([]);
  });

  it('shows a single quote as a pull quote with its attribution', async () => {
    const { page, frame } = await openHost('/quote.html');
    const figure = frame.locator('figure.pv-pullquote');
    expect(await figure.locator('blockquote').textContent()).toContain('bewildered');
    expect(await figure.locator('figcaption').textContent()).toContain('—');
    await settledHeight(page, frame);
    expect(await frameHeight(page)).toBeLessThan(400);
    const open = frame.getByRole('link', { name: /Open in Provenance/ });
    expect(await open.getAttribute('target')).toBe('_blank');
    expect(await open.getAttribute('rel')).toBe('noopener');
    expect(await open.getAttribute('href')).toBe(`${readerUrl}#/read/${ARTICLE}/q-bewildered`);
  });

  it.each(['light', 'dark'] as const)('has no axe violation in the quote card view, %s', async (theme) => {
    const page = await reader.open(`#/embed/${ARTICLE}/q-bewildered?view=card&theme=${theme}`);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('drops a hostile accent and font instead of applying them', async () => {
    const accent = encodeURIComponent('red;background:url(//evil.example/x)');
    const font = encodeURIComponent('x}body{display:none');
    const page = await reader.open(`#/embed/${ARTICLE}/q-bewildered?view=card&accent=${accent}&font=${font}`);
    expect(await page.evaluate(() => document.documentElement.getAttribute('style'))).toBeNull();
    const good = await reader.open(
      `#/embed/${ARTICLE}/q-bewildered?view=card&accent=%230055aa&font=Georgia,serif`,
    );
    expect(
      await good.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--pv-accent')),
    ).toBe('#0055aa');
  });
});
