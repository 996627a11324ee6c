import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './lib/axe';
import { useReader } from './lib/reader-page';
import { scaledSeedHandler } from './lib/scaled-seed';

/** The seed with the full marks on (quote and note buttons show only then). */
const FULL_MARKS = '#/read/dailynk-train-service-talks?sourcing=on';

/** Opens the first note button of each note and the given quote cards. */
async function openNotesAndCards(page: Page, quoteIds: string[]) {
  for (const button of await page.$$('button[data-note-button]')) {
    if ((await button.getAttribute('aria-expanded')) === 'false') {
      const id = await button.getAttribute('aria-controls');
      if (id && (await page.$(`[id="${id}"]`))) continue;
      await button.click();
    }
  }
  for (const id of quoteIds) await page.click(`button[aria-controls="card-${id}"]`);
}

describe('quotes and notes in Chromium', () => {
  const reader = useReader();

  it('lands on a quote in the text, focused and in view, from the quotes index', async () => {
    const page = await reader.open();
    await page.click('role=tab[name="Quotes"]');
    await page.click('role=link[name="“changing its words like a small child”"]');
    await page.waitForFunction(() => document.activeElement?.id === 'q-small-child');
    expect(new URL(page.url()).hash).toBe('#/read/dailynk-train-service-talks/q-small-child');
    // The scroll may be smooth: wait until it has brought the quote fully into view.
    await page.waitForFunction(() => {
      const box = document.getElementById('q-small-child')?.getBoundingClientRect();
      return box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight;
    });
  });

  it('opens a note with Enter and closes it with Escape, focus back on its button', async () => {
    const page = await reader.open(FULL_MARKS);
    const button = page.locator('button[aria-label="Context note: The Qingdao outbreak"]');
    await button.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('#n-qingdao-outbreak');
    expect(await page.isVisible('#n-qingdao-outbreak >> text=Editor’s note')).toBe(true);
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    await page.waitForSelector('#n-qingdao-outbreak', { state: 'detached' });
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('shows an insertion’s explanation on keyboard focus, floating above it', async () => {
    const page = await reader.open();
    const insertion = page.locator('q .pv-insertion', { hasText: '[to restart tourism and trade]' });
    await insertion.focus();
    await page.waitForSelector('.pv-tip:popover-open');
    expect(await page.locator('.pv-tip').textContent()).toBe('Added by the editor for clarity');
    const [tipBox, wordsBox] = await Promise.all([
      page.locator('.pv-tip').boundingBox(),
      insertion.boundingBox(),
    ]);
    expect(tipBox!.y + tipBox!.height).toBeLessThanOrEqual(wordsBox!.y);
    const description = await page.evaluate(
      (id) => document.getElementById(id)?.textContent,
      (await insertion.getAttribute('aria-describedby')) ?? '',
    );
    expect(description).toBe('Added by the editor for clarity');
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  describe(`quotes accessibility in the ${colorScheme} theme`, () => {
    const reader = useReader({ colorScheme });

    it('axe finds nothing with notes and quote cards open', async () => {
      const page = await reader.open(FULL_MARKS);
      await openNotesAndCards(page, ['q-in-a-rush', 'q-small-child', 'q-china-complained', 'q-kim-order']);
      expect(await page.$$eval('[role="note"]', (notes) => notes.length)).toBe(5);
      await page.click('role=tab[name="Quotes"]');
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}

describe('notes on a phone', () => {
  const reader = useReader({ width: 375, height: 800 });

  it('pushes the following paragraph down rather than covering it', async () => {
    const page = await reader.open(FULL_MARKS);
    await page.click('button[aria-label="Context note: Nampo Port"]');
    const note = await page.locator('#n-nampo-port').boundingBox();
    const paragraph = await page.locator('#p-nampo-rejected').boundingBox();
    // The first paragraph after the note, in document order (paragraphs may be wrapped).
    const nextId = await page.evaluate(() => {
      const note = document.getElementById('n-nampo-port')!;
      const after = [...document.querySelectorAll('p.pv-paragraph')].filter(
        (p) => note.compareDocumentPosition(p) & Node.DOCUMENT_POSITION_FOLLOWING,
      );
      return after[0]?.id ?? '';
    });
    const next = await page.locator(`[id="${nextId}"]`).boundingBox();
    expect(note && paragraph && next).toBeTruthy();
    expect(note!.y).toBeGreaterThanOrEqual(paragraph!.y + paragraph!.height);
    expect(note!.y + note!.height).toBeLessThanOrEqual(next!.y);
    expect(note!.x).toBeGreaterThanOrEqual(0);
    expect(note!.x + note!.width).toBeLessThanOrEqual(375);
  });
});

describe('a quotes index too long to show at once', () => {
  // The seed five times over: 80 quotes, shown 50 at a time, and 30 notes.
  const reader = useReader({
    handlers: [scaledSeedHandler('long-quotes', 5)],
  });

  it('shows more on request, focus moving to the first quote added', async () => {
    const page = await reader.open('#/read/long-quotes');
    await page.click('role=tab[name="Quotes"]');
    const more = page.locator('role=button[name="Show 30 more quotes"]');
    await more.waitFor();
    expect(await page.$$eval('.pv-quote-entry', (entries) => entries.length)).toBe(50);
    await more.click();
    expect(await page.$$eval('.pv-quote-entry', (entries) => entries.length)).toBe(80);
    expect(await page.evaluate(() => document.activeElement?.closest('.pv-quote-entry') !== null)).toBe(true);
  });

  it('prints every quote', async () => {
    const page = await reader.open('#/read/long-quotes');
    await page.click('role=tab[name="Quotes"]');
    await page.waitForSelector('.pv-quote-entry');
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await page.$$eval('.pv-quote-entry', (entries) => entries.length)).toBe(80);
  });
});
