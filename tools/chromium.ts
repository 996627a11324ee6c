import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const CANDIDATES = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

export function chromiumPath(): string {
  const found = CANDIDATES.find((path) => path && existsSync(path));
  if (!found) throw new Error('No Chromium found: install it (apt-get install chromium) or set CHROME_PATH');
  return found;
}

/** Headless on a closed network: nothing phones home, a fresh profile every time. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Chromium 15x builds its omnibox popups as web pages even when headless, in a persistent
  // profile: two renderers running a few hundred ms of script each, on the same cores as the
  // page measured or tested (seen in a trace of a bench sample).
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup',
];

export type BrowserSession = {
  context: BrowserContext;
  page: Page;
  /** Every request the page made to another origin: must stay empty. */
  foreignRequests: string[];
  /** Console errors and uncaught page errors. */
  pageErrors: string[];
  close: () => Promise<void>;
};

export type ChromiumProfile = { context: BrowserContext; page: Page; close: () => Promise<void> };

/** A fresh headless Chromium with a profile of its own, removed again on close. */
export async function launchProfile(
  options: { width?: number; height?: number; colorScheme?: 'light' | 'dark' } = {},
): Promise<ChromiumProfile> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'provenance-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    colorScheme: options.colorScheme ?? 'light',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** A fresh Chromium with its own profile, watching for requests that leave the origin. */
export async function openBrowser(
  origin: string,
  options: { width?: number; height?: number; colorScheme?: 'light' | 'dark' } = {},
): Promise<BrowserSession> {
  const { context, page, close } = await launchProfile(options);
  // Below the test timeout, so a wait that fails names what it waited for.
  context.setDefaultTimeout(15_000);
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) foreignRequests.push(url);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // Content Security Policy violations are reported as events; collect them for the tests.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return {
    context,
    page,
    foreignRequests,
    pageErrors,
    close,
  };
}
