import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { axeViolations } from './lib/axe';
import { hostPage, startHostServer, type HostServer } from './lib/host-server';
import { useReader } from './lib/reader-page';

const ARTICLE = 'dailynk-train-service-talks';
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";
const PROSE = '<p>Background reading for the briefing, kept long on purpose.</p>'.repeat(60);
const DARK_HOST = 'body { background: #15181d; color: #eeeeee; }';

/** A host page with its own stylesheet (served from the host, as a strict CSP requires). */
function styled(page: string): string {
  return page.replace('</head>', '<link rel="stylesheet" href="/host.css"></head>');
}

/** The host's own pages, under a strict CSP, framing the reader from another loopback origin. */
describe('embeds that fit the page they sit in', () => {
  let host: HostServer;
  let hostCss = '';
  let readerUrl = '';
  const reader = useReader({
    headers: { 'Content-Security-Policy': `${STRICT_CSP}; frame-ancestors 'self' http://127.0.0.1:*` },
  });

  beforeAll(async () => {
    readerUrl = reader.server.url;
    const page = (attributes: Record<string, string>, before = '') =>
      styled(hostPage(readerUrl, { article: ARTICLE, ...attributes })).replace(
        '<div data-provenance-embed',
        `${before}<div data-provenance-embed`,
      );
    host = await startHostServer(
      () => ({
        '/host.css': hostCss,
        '/quote.html': page({ item: 'q-bewildered', view: 'card' }),
        '/timeline-deep.html': page({ view: 'timeline' }, PROSE),
        '/card-follows.html': page({ item: 'q-bewildered', view: 'card', 'follow-host-hash': 'true' }, PROSE),
        '/far-below.html': page({ item: 'q-bewildered', view: 'card' }, `<div class="spacer"></div>`),
      }),
      {
        'Content-Security-Policy': `default-src 'self'; script-src ${reader.server.origin}; frame-src ${reader.server.origin}; style-src 'self'`,
      },
    );
  });
  afterAll(async () => {
    await host.close();
  });

  async function openHost(path: string): Promise<{ page: Page; frame: Frame }> {
    const page = reader.page;
    await page.goto('about:blank');
    await page.goto(host.url(path));
    const frame = await (await page.waitForSelector('iframe.provenance-embed')).contentFrame();
    if (!frame) throw new Error('no embed frame');
    await frame.waitForSelector('html[data-pv-app="ready"]', { state: 'attached' });
    return { page, frame };
  }

  const frameTheme = (frame: Frame) => frame.evaluate(() => document.documentElement.dataset.pvTheme);

  it.each([
    ['light', 'body { background: #ffffff; }'],
    ['dark', DARK_HOST],
  ])('takes a %s theme from the host page’s background by default', async (theme, css) => {
    hostCss = css;
    const { frame } = await openHost('/quote.html');
    await frame.locator('figure.pv-pullquote').waitFor();
    await expect.poll(() => frameTheme(frame)).toBe(theme);
    const background = await frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const dark = await frame.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
    // The viewer's own setting (light here) does not decide it.
    expect(dark).toBe(false);
    expect(background).not.toBe('');
  });

  it('turns dark when the host page does, without reloading', async () => {
    hostCss = 'body.night { background: #15181d; }';
    const { page, frame } = await openHost('/quote.html');
    await frame.locator('figure.pv-pullquote').waitFor();
    expect(await frameTheme(frame)).toBe('light');
    const url = frame.url();
    await page.evaluate(() => document.body.classList.add('night'));
    await expect.poll(() => frameTheme(frame)).toBe('dark');
    expect(frame.url()).toBe(url);
  });

  /** The item's box in the host's viewport: the frame's place plus the item's place in it. */
  async function itemInView(page: Page, frame: Frame, selector: string): Promise<boolean> {
    const inner = await frame.locator(selector).boundingBox();
    const viewport = await page.evaluate(() => window.innerHeight);
    if (!inner) return false;
    // Playwright's boxes are relative to the main page's viewport, frames included.
    // Its start near the top of the window (a few px of the host's margin either way), so in view.
    return inner.y >= -24 && inner.y + Math.min(inner.height, 100) <= viewport;
  }

  it('scrolls the host page to the item a cold #provenance= link names', async () => {
    hostCss = '';
    const page = reader.page;
    await page.goto('about:blank');
    await page.goto(host.url('/timeline-deep.html#provenance=e-nampo-proposal'));
    const frame = await (await page.waitForSelector('iframe.provenance-embed')).contentFrame();
    if (!frame) throw new Error('no embed frame');
    await frame.locator('#e-nampo-proposal').waitFor();
    await expect.poll(() => itemInView(page, frame, '#e-nampo-proposal'), { timeout: 10_000 }).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
  });

  it('scrolls the host page to an item a later #provenance= names', async () => {
    hostCss = '';
    const { page, frame } = await openHost('/timeline-deep.html');
    await frame.locator('#e-kim-order').waitFor();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.evaluate(() => {
      window.location.hash = '#provenance=e-kim-order';
    });
    await expect.poll(() => itemInView(page, frame, '#e-kim-order'), { timeout: 10_000 }).toBe(true);
  });

  it('moves a card to another item of the article when the host allows it, and scrolls to it', async () => {
    hostCss = '';
    const { page, frame } = await openHost('/card-follows.html');
    await frame.locator('#q-bewildered').waitFor();
    const other = await frame.evaluate(async (name) => {
      const response = await fetch(`articles/${name}.json`);
      const article = (await response.json()) as { quotes: { id: string }[] };
      return article.quotes.find((quote) => quote.id !== 'q-bewildered')?.id ?? '';
    }, ARTICLE);
    await page.evaluate((id) => {
      window.location.hash = `#provenance=${id}`;
    }, other);
    await frame.locator(`figure#${other}.pv-pullquote`).waitFor();
    await expect.poll(() => itemInView(page, frame, `figure#${other}`), { timeout: 10_000 }).toBe(true);
  });

  it('loads a frame far below the fold only when the reader scrolls near it', async () => {
    hostCss = '.spacer { height: 9000px; }';
    const page = reader.page;
    await page.goto('about:blank');
    await page.goto(host.url('/far-below.html'));
    const handle = await page.waitForSelector('iframe.provenance-embed', { state: 'attached' });
    expect(await handle.getAttribute('loading')).toBe('lazy');
    await page.waitForLoadState('load');
    const frame = await handle.contentFrame();
    // Not started: the frame's document is still the initial empty one.
    expect(await frame?.evaluate(() => location.href)).toBe('about:blank');
    await handle.scrollIntoViewIfNeeded();
    await expect
      .poll(async () => (await handle.contentFrame())?.evaluate(() => location.href).catch(() => ''))
      .toContain('#/embed/');
    const loaded = await handle.contentFrame();
    await loaded?.locator('figure.pv-pullquote').waitFor();
  });

  it('shows the quote and its attribution as text on a host that runs no script', async () => {
    const snippet = await dialogSnippet('/read/dailynk-train-service-talks/q-bewildered', /With the loader/);
    const noScript = await startHostServer(
      () => ({
        '/': `<!doctype html><html lang="en"><title>No script</title><main>${snippet}</main></html>`,
      }),
      { 'Content-Security-Policy': "default-src 'self'; script-src 'none'" },
    );
    try {
      const page = reader.page;
      await page.goto(noScript.url('/'));
      const placeholder = page.locator('[data-provenance-embed]');
      expect(await placeholder.locator('blockquote').innerText()).toContain('“bewildered”');
      expect(await placeholder.locator('blockquote').innerText()).toContain('— a source in North Korea');
      expect(await placeholder.getByRole('link', { name: 'Open in Provenance' }).getAttribute('href')).toBe(
        `${readerUrl}#/read/${ARTICLE}/q-bewildered`,
      );
      expect(await page.locator('iframe').count()).toBe(0);
    } finally {
      await noScript.close();
    }
  });

  /** Opens the reader at `path`, the Embed dialog, and returns the snippet whose label matches. */
  async function dialogSnippet(path: string, label: RegExp): Promise<string> {
    const page = await reader.open(`#${path}`);
    await page.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed on another page' });
    return dialog.getByRole('textbox', { name: label }).inputValue();
  }

  it('previews the chosen form, sized by its own height, and the snippet pasted shows the same', async () => {
    const page = await reader.open(`#/read/${ARTICLE}/e-nampo-proposal`);
    await page.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed on another page' });
    const show = dialog.getByRole('combobox', { name: 'Show' });
    await expect.poll(() => show.inputValue()).toBe('timeline');
    await show.selectOption('card:e-nampo-proposal');
    const preview = page.frameLocator('iframe[title="Preview of the embed"]');
    expect(await preview.locator('.pv-embed-event h2').innerText()).toContain('Nampo');
    await expect
      .poll(() =>
        page
          .locator('iframe[title="Preview of the embed"]')
          .evaluate((f) => f.getBoundingClientRect().height),
      )
      .toBeGreaterThan(250);
    // No control in the card that only the full reader can honour.
    expect(await preview.getByRole('button', { name: /Highlight/ }).count()).toBe(0);
    expect(await preview.locator('.pv-lane-marks, .pv-lanes').count()).toBe(0);
    const snippet = await dialog.getByRole('textbox', { name: /Plain iframe/ }).inputValue();
    expect(snippet).toMatch(/height="\d+"/);
    expect(Number(/height="(\d+)"/.exec(snippet)?.[1])).toBeGreaterThan(250);
    expect(await axeViolations(page)).toEqual([]);
    const loader = await dialog.getByRole('textbox', { name: /With the loader/ }).inputValue();
    expect(loader).toContain('data-item="e-nampo-proposal" data-view="card" data-theme="host"');
    // The reader, its dialog's chunk and a second copy of the app in the preview frame.
  }, 60_000);

  it.each([
    ['event', 'e-nampo-proposal'],
    ['source', 'src-nk-source'],
    ['passage', 'a-discussed-again'],
  ])('has no axe violation in the %s card, light and dark', async (_kind, item) => {
    for (const theme of ['light', 'dark']) {
      const page = await reader.open(`#/embed/${ARTICLE}/${item}?view=card&theme=${theme}`);
      await page.locator(`[data-pv-card="${item}"]`).waitFor();
      expect(await axeViolations(page), theme).toEqual([]);
    }
  });
});
