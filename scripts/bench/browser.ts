import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { launchProfile } from '../../tools/chromium';

export type BenchBrowser = {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  close: () => Promise<void>;
};

export type BrowserSettings = { width: number; height: number; cpuThrottling: number };

/**
 * A new Chromium with a fresh profile for each sample: nothing cached, nothing compiled, the
 * memory cache off (CDP) and the CPU slowed down (CDP) before the first navigation.
 */
export async function launchFresh(settings: BrowserSettings): Promise<BenchBrowser> {
  const { context, page, close } = await launchProfile({ width: settings.width, height: settings.height });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: settings.cpuThrottling });
  return { context, page, cdp, close };
}

/** Evaluates an expression in the page's main world over CDP: cheaper than Playwright's helpers. */
export async function evaluate<T>(cdp: CDPSession, expression: string): Promise<T> {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression,
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(`page evaluation failed: ${exceptionDetails.text}`);
  return result.value as T;
}
