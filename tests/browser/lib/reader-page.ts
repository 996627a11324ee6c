import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { openBrowser, type BrowserSession } from '../../../tools/chromium';
import { startStaticServer, type Handler, type StaticServer } from '../../../tools/static-server';

type Options = {
  width?: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
  handlers?: Handler[];
  headers?: Record<string, string>;
  /** A build of its own (default: dist/, or PROVENANCE_DIST). */
  dist?: string;
};

/** Waits until the app has hydrated or replaced the page's HTML (src/app/app.tsx). */
export async function waitForApp(page: Page): Promise<void> {
  await page.waitForSelector('html[data-pv-app="ready"]', { state: 'attached' });
}

/**
 * One server and one Chromium for a spec file: `reader.open('#/read/NAME')` loads the built
 * reader at its sub-path and waits until it has settled (article or message shown).
 */
export function useReader(options: Options = {}) {
  let server: StaticServer | undefined;
  let browser: BrowserSession | undefined;
  const need = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useReader: not started');
    return value;
  };

  beforeAll(async () => {
    server = await startStaticServer({
      handlers: options.handlers,
      headers: options.headers,
      dist: options.dist,
    });
    browser = await openBrowser(server.origin, options);
  });
  // A failure in CI is read from the log alone: say what the page looked like.
  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail' || !browser) return;
    const state = await browser.page
      .evaluate(() => ({
        url: location.href,
        html: Object.entries(document.documentElement.dataset).join(' '),
        focused: document.activeElement?.id ?? document.activeElement?.tagName,
        scrollY: Math.round(scrollY),
        text: document.body.innerText.slice(0, 300),
      }))
      .catch((error: unknown) => String(error));
    console.error('Page at failure:', state, '\nPage errors:', browser.pageErrors.slice(-5));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  return {
    get page() {
      return need(browser).page;
    },
    get session() {
      return need(browser);
    },
    get server() {
      return need(server);
    },
    async open(fragment = '') {
      const page = need(browser).page;
      // A fresh document each time: going from one fragment to another would keep the app's state.
      await page.goto('about:blank');
      await page.goto(`${need(server).url}${fragment}`);
      // The pre-rendered article has its h1 at once; its controls work once the app is ready.
      await waitForApp(page);
      await page.waitForSelector('h1');
      return page;
    },
  };
}
