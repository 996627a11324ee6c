import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './lib/axe';
import { useReader } from './lib/reader-page';

const SEED_ATTRIBUTIONS = 28;

async function boxesOverlap(page: Page, a: string, b: string): Promise<boolean> {
  const [boxA, boxB] = await Promise.all([page.locator(a).boundingBox(), page.locator(b).boundingBox()]);
  if (!boxA || !boxB) throw new Error(`missing box for ${a} or ${b}`);
  return !(
    boxA.x + boxA.width <= boxB.x ||
    boxB.x + boxB.width <= boxA.x ||
    boxA.y + boxA.height <= boxB.y ||
    boxB.y + boxB.height <= boxA.y
  );
}

describe('source attributions in Chromium', () => {
  const reader = useReader();

  it('offers a source toggle for every attributed passage of the seed article', async () => {
    const page = await reader.open();
    expect(await page.locator('article .pv-source-toggle').count()).toBe(SEED_ATTRIBUTIONS);
  });

  it('expands a source card on click, below its paragraph', async () => {
    const page = await reader.open();
    const toggle = page.locator('#a-discussed-again .pv-source-toggle');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const card = page.getByRole('group', { name: 'Source card: a source in North Korea' });
    expect(await card.isVisible()).toBe(true);
    expect(await card.textContent()).toContain('“speaking on condition of anonymity”');
    expect(await card.textContent()).toContain('Reached by phone');
    expect(await boxesOverlap(page, '#card-a-discussed-again', '#p-china-objected')).toBe(false);
  });

  it('lists three of the source’s other passages in a card, and the rest on request', async () => {
    const page = await reader.open();
    await page.locator('#a-discussed-again .pv-source-toggle').click();
    const card = page.locator('#card-a-discussed-again');
    const links = card.locator('.pv-passage-links a');
    expect(await links.count()).toBe(3);
    // A source in North Korea has ten passages: this one and nine others.
    const more = card.getByRole('button', { name: 'Show 6 more passages' });
    await more.focus();
    await page.keyboard.press('Enter');
    expect(await links.count()).toBe(9);
    // The keyboard carries on at the first passage added, not at a button that has gone.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      await links.nth(3).textContent(),
    );
    expect(await card.getByRole('button', { name: /^Show \d+ more/ }).count()).toBe(0);
  });

  it('expands a card from the keyboard alone', async () => {
    const page = await reader.open();
    await page.locator('#a-moved-away .pv-source-toggle').focus();
    await page.keyboard.press('Enter');
    expect(await page.getByRole('group', { name: 'Source card: Daily NK' }).isVisible()).toBe(true);
    // The card follows its paragraph, so the next Tab lands inside it.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.pv-card')?.id)).toBe(
      'card-a-moved-away',
    );
    const next = page.locator('#a-oct-26-report .pv-source-toggle');
    await next.focus();
    await page.keyboard.press('Space');
    expect(await next.getAttribute('aria-expanded')).toBe('true');
  });

  it('follows a passage link in the sources panel to the passage, focused and in view', async () => {
    const page = await reader.open();
    await page.getByRole('button', { name: /^another source inside North Korea/ }).click();
    await page.getByRole('link', { name: /building internal solidarity/ }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'a-internal-solidarity');
    expect(new URL(page.url()).hash).toBe('#/read/dailynk-train-service-talks/a-internal-solidarity');
    // Scrolling may be smooth: wait until the passage has arrived in the viewport.
    await page.waitForFunction(() => {
      const box = document.getElementById('a-internal-solidarity')?.getBoundingClientRect();
      return box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight;
    });
  });

  it('highlights every passage of a source from the panel', async () => {
    const page = await reader.open();
    await page.getByRole('button', { name: 'Highlight this source: Chinese officials' }).click();
    expect(await page.locator('article .pv-attr.pv-lit').count()).toBe(2);
    expect(await page.locator('.pv-highlight-status').textContent()).toContain(
      'Highlighting passages from Chinese officials',
    );
  });
});

for (const width of [375, 1280]) {
  describe(`source cards at ${width} px`, () => {
    const reader = useReader({ width, height: 900 });

    it('never cover the following text or run off the screen', async () => {
      const page = await reader.open();
      await page.locator('#a-in-a-rush .pv-source-toggle').click();
      expect(await boxesOverlap(page, '#card-a-in-a-rush', '#p-secret-supplies')).toBe(false);
      const box = await page.locator('#card-a-in-a-rush').boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(width);
    });
  });
}

describe('source attributions, all open', () => {
  const reader = useReader();

  it('axe finds nothing with every card and source open', async () => {
    const page = await reader.open();
    for (const toggle of await page.locator('article .pv-source-toggle').all()) await toggle.click();
    await page.getByRole('button', { name: 'Expand all' }).click();
    expect(await page.locator('.pv-card').count()).toBe(SEED_ATTRIBUTIONS);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('prints each source once, as an endnote, instead of a card after every passage', async () => {
    const page = await reader.open();
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.waitForSelector('.pv-endnote');
    expect(await page.locator('.pv-endnote').count()).toBe(7);
    expect(await page.locator('.pv-card:visible').count()).toBe(0);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    await page.waitForFunction(() => document.querySelectorAll('.pv-endnote').length === 0);
  });
});
