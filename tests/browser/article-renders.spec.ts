import { describe, expect, it } from 'vitest';
import { seedLines } from '../fixtures/load-fixture';
import { useReader } from './lib/reader-page';
import { scaledSeedHandler } from './lib/scaled-seed';

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

describe('a long article on a narrow screen', () => {
  // The seed three times over: its paragraphs fall into several runs (article-body.tsx).
  const reader = useReader({
    width: 375,
    height: 740,
    handlers: [scaledSeedHandler('long-article', 3)],
  });

  it('keeps the same gap between paragraphs where one run of blocks ends and the next begins', async () => {
    const page = await reader.open('#/read/long-article');
    // Runs far from view are not laid out: scroll through so that every one is.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < height; y += 400) {
      await page.evaluate((top) => {
        window.scrollTo(0, top);
      }, y);
      await page.waitForTimeout(30);
    }
    const gaps = await page.$$eval('.pv-chunk > .pv-block', (blocks) =>
      blocks.flatMap((block) => {
        const previous =
          block.previousElementSibling ?? block.parentElement?.previousElementSibling?.lastElementChild;
        if (!previous?.classList.contains('pv-block')) return [];
        const gap = block.getBoundingClientRect().top - previous.getBoundingClientRect().bottom;
        return [{ acrossRuns: block.previousElementSibling === null, gap: Math.round(gap) }];
      }),
    );
    const within = new Set(gaps.filter((g) => !g.acrossRuns).map((g) => g.gap));
    const across = gaps.filter((g) => g.acrossRuns).map((g) => g.gap);
    expect(within.size).toBe(1);
    expect(across.length).toBeGreaterThan(0);
    expect(new Set(across)).toEqual(within);
  });
});
