import { describe, expect, it } from 'vitest';
import { useReader } from './lib/reader-page';

const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";

describe('under a strict Content Security Policy', () => {
  const reader = useReader({ headers: { 'Content-Security-Policy': STRICT_CSP } });

  it.each([
    ['the bundled article', ''],
    ['a linked quote', '#/read/dailynk-train-service-talks/q-bewildered'],
    ['a linked event', '#/read/dailynk-train-service-talks/e-nampo-proposal'],
    ['an error page', '#/read/invalid-dangling-speaker'],
    ['a bad link', '#/read/dailynk-train-service-talks/NOT-AN-ID'],
    ['the article index', '#/articles'],
  ])('shows %s with no violation and no error', async (_, fragment) => {
    reader.session.pageErrors.length = 0;
    const page = await reader.open(fragment);
    // Until the app has loaded all it asks for (its lazy chunks too) and the page is idle: a
    // violation would be reported by then.
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
    expect(await page.locator('h1').first().isVisible()).toBe(true);
    expect(reader.session.pageErrors).toEqual([]);
    expect(reader.session.foreignRequests).toEqual([]);
  });
});
