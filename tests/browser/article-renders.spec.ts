import { describe, expect, it } from 'vitest';
import { seedLines } from '../fixtures/load-fixture';
import { useReader } from './lib/reader-page';

describe('the reader in Chromium', () => {
  const reader = useReader();

  it('shows the whole bundled article, every line verbatim, from a sub-path', async () => {
    const page = await reader.open();
    expect(new URL(page.url()).pathname).toBe('/provenance/reader/');
    const shown = await page.$$eval('.pv-verbatim', (els) => els.map((el) => el.textContent));
    // The browser shows text, and HTML drops trailing spaces, so compare without them.
    expect(shown.map((t) => t.trimEnd())).toEqual(seedLines().map((line) => line.trimEnd()));
    expect(await page.title()).toMatch(/North Korea and China .* · Provenance$/);
  });

  it('makes no request beyond its own origin and logs no error', async () => {
    await reader.open();
    expect(reader.session.foreignRequests).toEqual([]);
    expect(reader.session.pageErrors).toEqual([]);
  });

  it('shows a second, different article named in the URL', async () => {
    const page = await reader.open('#/read/harbour-council-vote');
    expect(await page.textContent('h1')).toBe('Harbour council delays ferry terminal');
    expect(await page.isVisible('text=The money has to be in the account first.')).toBe(true);
  });

  it('survives a reload on a deep route', async () => {
    const page = await reader.open('#/read/harbour-council-vote');
    await page.reload();
    await page.waitForSelector('h1');
    expect(await page.textContent('h1')).toBe('Harbour council delays ferry terminal');
  });
});
