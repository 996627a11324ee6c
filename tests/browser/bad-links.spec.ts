import { describe, expect, it } from 'vitest';
import { useReader } from './lib/reader-page';

const ARTICLE = 'dailynk-train-service-talks';

/**
 * Links the reader cannot follow, on the pre-rendered page: each gets a notice and none a
 * console error (a hydration mismatch, React #418, was logged for the first three).
 */
describe('bad links in Chromium', () => {
  const reader = useReader();

  it.each([
    [`#/read/${ARTICLE}/q-nope`, 'has no item “q-nope”'],
    [`#/read/${ARTICLE}/constructor`, 'has no item “constructor”'],
    [`#/read/${ARTICLE}/__proto__`, 'item is not a valid id'],
    ['#/embed/../read/x', 'does not name an article'],
    [`#/EMBED/${ARTICLE}`, 'does not name an article'],
    [`#/read/${ARTICLE}/q-bewildered/extra`, 'does not name an article'],
    [`#/read/${ARTICLE}?exact=`, 'passage is empty or too long'],
    [
      `#/read/${ARTICLE}?exact=${encodeURIComponent('words nowhere in the article')}`,
      'no longer in this article',
    ],
    [`#/read/${ARTICLE}/%E0%A4%A`, 'item is not a valid id'],
    ['#/somewhere/else', 'does not name an article'],
  ])('%s: says so, with no console error', async (fragment, words) => {
    reader.session.pageErrors.length = 0;
    const page = await reader.open(fragment);
    await page.getByText(words).first().waitFor();
    expect(reader.session.pageErrors).toEqual([]);
    expect(reader.session.foreignRequests).toEqual([]);
  });

  it('refuses an over-long link at once, before the page reads it, with a notice', async () => {
    reader.session.pageErrors.length = 0;
    const page = reader.page;
    await page.goto('about:blank');
    // 200 KB: long enough to be refused, short enough for the test browser to pass quickly.
    await page.goto(`${reader.server.url}#/read/${ARTICLE}?exact=${'a'.repeat(200_000)}`);
    await page.getByText('This link is too long').waitFor();
    expect(new URL(page.url()).hash).toBe('#/too-long');
    expect(await page.locator('h1').first().textContent()).toContain('North Korea');
    expect(reader.session.pageErrors).toEqual([]);
  });
});
