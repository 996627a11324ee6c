import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './lib/axe';
import { useReader } from './lib/reader-page';

const READER = '#/read/dailynk-train-service-talks';
const LINK = 'Negotiation view: who asked, who answered';
const AHEAD_ROW = '.pv-page-slot[data-ahead] .pv-neg-row';

/** The reader once it has loaded the view's code (when idle): only then is the view drawn ahead. */
async function readerWithViewCode(page: Page) {
  await page.waitForFunction(
    () => performance.getEntriesByType('resource').some((entry) => /negotiation-route-/.test(entry.name)),
    undefined,
    { timeout: 20_000 },
  );
}

/** What the reader looks like from outside: nothing of a page drawn ahead may change it. */
function readerState(page: Page) {
  return page.evaluate(() => ({
    title: document.title,
    y: Math.round(scrollY),
    height: document.documentElement.scrollHeight,
    focused: document.activeElement?.tagName,
    views: document.querySelectorAll('.pv-page-slot .pv-neg-page').length,
  }));
}

describe('the negotiation view drawn ahead of a click, in Chromium', () => {
  const reader = useReader();

  it('draws it out of sight while the pointer rests on its link; the click shows those very rows', async () => {
    const page = await reader.open(READER);
    await readerWithViewCode(page);
    const link = page.getByRole('link', { name: LINK });
    const before = await readerState(page);
    await link.hover();
    await page.waitForSelector(AHEAD_ROW, { state: 'attached' });

    // Out of sight, out of reach, taking no room; the reader as it was, and still usable.
    expect(await page.locator(AHEAD_ROW).first().isVisible()).toBe(false);
    expect(await page.getByRole('list', { name: 'Columns, left to right' }).count()).toBe(0);
    expect(await readerState(page)).toEqual({ ...before, views: 1 });
    const box = (await link.boundingBox())!;
    expect(
      await page.evaluate(
        ([x, y]) => document.elementFromPoint(x!, y!)?.closest('a')?.textContent,
        [box.x + box.width / 2, box.y + box.height / 2],
      ),
    ).toBe(LINK);
    expect(await axeViolations(page)).toEqual([]);

    await page.evaluate((selector) => {
      Object.assign(window, { aheadRow: document.querySelector(selector) });
    }, AHEAD_ROW);
    await link.click();
    await page.waitForSelector('.pv-neg-row', { state: 'visible' });
    expect(
      await page.evaluate(() => {
        const row = (window as unknown as { aheadRow: HTMLElement }).aheadRow;
        return {
          connected: row.isConnected,
          visible: row.checkVisibility(),
          first: row === document.querySelector('.pv-neg-row'),
        };
      }),
    ).toEqual({ connected: true, visible: true, first: true });
    expect(await page.locator('.pv-page-slot[data-ahead]').count()).toBe(0);
    await expect.poll(() => page.title()).toMatch(/^Negotiation view · /);
    expect(await page.getByRole('list', { name: 'Columns, left to right' }).isVisible()).toBe(true);
  });

  it('takes it down when the pointer leaves the link', async () => {
    const page = await reader.open(READER);
    await readerWithViewCode(page);
    await page.getByRole('link', { name: LINK }).hover();
    await page.waitForSelector(AHEAD_ROW, { state: 'attached' });
    await page.mouse.move(5, 5);
    await page.waitForFunction(() => document.querySelector('.pv-page-slot') === null);
    expect(await page.locator('.pv-neg-row').count()).toBe(0);
  });

  it('never prints a page drawn ahead', async () => {
    const page = await reader.open(READER);
    // The slot's own rule, on a slot of its own: printing moves the page's boxes, and the pointer
    // or the focus would leave the real link (taking its page down) before it could be looked at.
    const display = async (media: 'print' | 'screen') => {
      await page.emulateMedia({ media });
      return page.evaluate(() => {
        const slot = document.createElement('div');
        slot.className = 'pv-page-slot';
        slot.dataset.ahead = '';
        document.body.append(slot);
        const shown = getComputedStyle(slot).display;
        slot.remove();
        return shown;
      });
    };
    try {
      expect(await display('print')).toBe('none');
    } finally {
      expect(await display('screen')).toBe('block');
    }
  });

  it('opens the view at its top, wherever the reader was scrolled, drawn ahead or not', async () => {
    const page = await reader.open(READER);
    await readerWithViewCode(page);
    const viewTop = () =>
      page.evaluate(() => ({
        y: scrollY,
        title: document.querySelector('.pv-neg-page h1')?.getBoundingClientRect().top,
      }));
    // Not drawn ahead: the link followed without the pointer resting on it.
    await page.evaluate(() => scrollTo(0, 1500));
    await page.evaluate((name) => {
      [...document.querySelectorAll('a')].find((a) => a.textContent === name)?.click();
    }, LINK);
    await page.waitForSelector('.pv-neg-row', { state: 'visible' });
    expect((await viewTop()).y).toBe(0);

    // Back: the reader where it was left (its history entry kept its position).
    await page.goBack();
    await page.waitForSelector('#pv-rail');
    await expect.poll(() => page.evaluate(() => Math.round(scrollY))).toBe(1500);

    // Drawn ahead for the focused link, then the reader scrolled away from it.
    await page.getByRole('link', { name: LINK }).focus();
    await page.waitForSelector(AHEAD_ROW, { state: 'attached' });
    await page.evaluate(() => scrollTo(0, 1500));
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(1000);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.pv-neg-row', { state: 'visible' });
    const { y, title } = await viewTop();
    expect(y).toBe(0);
    expect(title).toBeGreaterThanOrEqual(0);
  });

  it('draws it for the keyboard too: focus the link, then Enter shows it', async () => {
    const page = await reader.open(READER);
    await readerWithViewCode(page);
    await page.getByRole('link', { name: LINK }).focus();
    await page.waitForSelector(AHEAD_ROW, { state: 'attached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(LINK);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.pv-neg-row', { state: 'visible' });
    expect(await page.evaluate(() => location.hash)).toBe('#/negotiation/dailynk-train-service-talks');
    // The reader leaves after the view's first frame, and with it the link's focus.
    await page.waitForFunction(() => document.querySelector('.pv-reader-slot') === null);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.pv-neg-page') !== null)).toBe(true);
  });
});
