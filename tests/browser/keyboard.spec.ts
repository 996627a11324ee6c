import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useReader } from './lib/reader-page';

/** Presses Tab until the focused element matches, as a keyboard user would; fails if never. */
async function tabTo(page: Page, selector: string, max = 250): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The seed with the full marks on (quote and note buttons show only then). */
const FULL_MARKS = '#/read/dailynk-train-service-talks?sourcing=on';

const active = (page: Page) =>
  page.evaluate(() => ({
    id: document.activeElement?.id ?? '',
    name: document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '',
    expanded: document.activeElement?.getAttribute('aria-expanded') ?? null,
  }));

describe('keyboard only', () => {
  const reader = useReader();

  it('starts with skip links that move focus to the article and to the rail', async () => {
    const page = await reader.open();
    await page.keyboard.press('Tab');
    expect((await active(page)).name).toBe('Skip to the article');
    await page.keyboard.press('Tab');
    expect((await active(page)).name).toBe('Skip to sources, timeline and quotes');
    await page.keyboard.press('Enter');
    expect((await active(page)).id).toBe('pv-rail');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('#pv-rail') !== null)).toBe(true);
  });

  it('opens a source card and a quote card from the text, in reading order', async () => {
    // Quote buttons show with the full marks ("Show sourcing"); the quiet text has source marks only.
    const page = await reader.open(FULL_MARKS);
    await tabTo(page, '.pv-source-toggle');
    expect((await active(page)).name).toMatch(/^Source: /);
    await page.keyboard.press('Enter');
    expect((await active(page)).expanded).toBe('true');
    await tabTo(page, '.pv-quote-toggle');
    await page.keyboard.press('Space');
    expect((await active(page)).expanded).toBe('true');
    expect(await page.locator('.pv-quote-card').count()).toBe(1);
  });

  it('explains an editorial insertion when it gets focus', async () => {
    const page = await reader.open();
    await tabTo(page, '.pv-insertion');
    const description = await page.evaluate(() => {
      const ids = document.activeElement?.getAttribute('aria-describedby') ?? '';
      return ids
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ');
    });
    expect(description).toMatch(/added by the editor/i);
  });

  it('opens a context note with Enter and closes it with Escape, focus returning to its button', async () => {
    const page = await reader.open(FULL_MARKS);
    await tabTo(page, '.pv-note-toggle');
    const button = await active(page);
    await page.keyboard.press('Enter');
    expect((await active(page)).expanded).toBe('true');
    expect(await page.locator('.pv-note').count()).toBe(1);
    await page.keyboard.press('Escape');
    expect(await page.locator('.pv-note').count()).toBe(0);
    expect((await active(page)).name).toBe(button.name);
  });

  it('moves through the rail’s tabs with the arrow keys and searches the quotes', async () => {
    const page = await reader.open();
    await tabTo(page, '[role="tab"][aria-selected="true"]');
    await page.keyboard.press('ArrowRight');
    expect((await active(page)).name).toBe('Timeline');
    await page.keyboard.press('ArrowRight');
    expect((await active(page)).name).toBe('Quotes');
    await tabTo(page, 'input[type="search"]');
    await page.keyboard.type('rush');
    // The list follows the field in a deferred render: wait until it shows only the matches,
    // or Tab may reach a link that the filtered list then removes.
    await page.waitForFunction(() => {
      const text = document.querySelector('.pv-quote-search-count')?.textContent ?? '';
      const [shown = 0, total = 0] = (text.match(/\d+/g) ?? []).map(Number);
      return shown > 0 && shown < total;
    });
    await tabTo(page, '.pv-quotes-panel a, [role="tabpanel"]:not([hidden]) a');
    const target = (await page.evaluate(() => document.activeElement?.getAttribute('href'))) ?? '';
    await page.keyboard.press('Enter');
    const id = target.split('/').pop() ?? '';
    await page.waitForFunction((want) => document.activeElement?.id === want, id);
  });

  it('expands a timeline event from the keyboard', async () => {
    const page = await reader.open();
    await tabTo(page, '[role="tab"][aria-selected="true"]');
    await page.keyboard.press('ArrowRight');
    await tabTo(page, '.pv-timeline-list button[aria-expanded]');
    await page.keyboard.press('Enter');
    expect((await active(page)).expanded).toBe('true');
  });
});

describe('text zoomed to 200 %', () => {
  for (const width of [1280, 375]) {
    const reader = useReader({ width, height: 800 });

    it(`keeps everything usable at ${width} px: no sideways scrolling, cards still open`, async () => {
      const page = await reader.open();
      await page.evaluate(() => {
        document.documentElement.style.fontSize = '200%';
      });
      await page.locator('#a-in-a-rush .pv-source-toggle').click();
      expect(await page.locator('#card-a-in-a-rush').isVisible()).toBe(true);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

describe('reduced motion', () => {
  const reader = useReader();

  it('jumps to a linked item without animating', async () => {
    await reader.page.emulateMedia({ reducedMotion: 'reduce' });
    const page = await reader.open('#/read/dailynk-train-service-talks/q-kim-order');
    await page.waitForFunction(() => document.activeElement?.id === 'q-kim-order');
    const animation = await page.evaluate(
      () => getComputedStyle(document.getElementById('q-kim-order')!).animationName,
    );
    expect(animation).toBe('none');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
  });
});

describe('editorial insertion tooltips', () => {
  const reader = useReader();

  it('float over the text on focus and can be dismissed with Escape', async () => {
    const page = await reader.open();
    await tabTo(page, '.pv-insertion');
    const tip = page.locator('.pv-tip');
    await page.waitForSelector('.pv-tip:popover-open');
    expect(await tip.textContent()).toBe('Added by the editor for clarity');
    await page.keyboard.press('Escape');
    await page.waitForSelector('.pv-tip:popover-open', { state: 'detached' });
    expect(await tip.isVisible()).toBe(false);
  });
});
