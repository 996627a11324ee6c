import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './lib/axe';
import { useReader } from './lib/reader-page';
import { scaledSeedHandler } from './lib/scaled-seed';

const ARTICLE = '#/read/dailynk-train-service-talks';
const NAMPO =
  'The North Korean delegation proposes exchanging supplies through Nampo Port as a second-best option.';

/** Waits until the element with this id has focus and is fully in the window (scrolling may be smooth). */
async function focusedAndInView(page: Page, id: string) {
  await page.waitForFunction((target) => {
    const element = document.getElementById(target);
    const box = element?.getBoundingClientRect();
    return (
      element === document.activeElement &&
      box !== undefined &&
      box.top >= 0 &&
      box.bottom <= window.innerHeight
    );
  }, id);
}

async function openTimeline(page: Page) {
  await page.click('role=tab[name="Timeline"]');
  return page.locator('role=region[name^="Timeline"]');
}

describe('the timeline in Chromium', () => {
  const reader = useReader();

  it('opens from the rail’s tabs with the keyboard and lists all 21 events in order', async () => {
    const page = await reader.open();
    await page.focus('role=tab[name="Sources"]');
    await page.keyboard.press('ArrowRight');
    expect(await page.getAttribute('role=tab[name="Timeline"]', 'aria-selected')).toBe('true');
    // The timeline's code loads when its tab is first chosen.
    await page.waitForSelector('.pv-timeline-list > li');
    const ids = await page.$$eval('.pv-timeline-list > li', (items) => items.map((item) => item.id));
    expect(ids).toHaveLength(21);
    expect(ids[0]).toBe('e-agreement-restart-trains');
    expect(ids.indexOf('e-nampo-proposal')).toBeLessThan(ids.indexOf('e-china-rejects-nampo'));
  });

  it('expands an event with Enter to show the article’s words and the evidence', async () => {
    const page = await reader.open();
    await openTimeline(page);
    const toggle = page.locator(`role=button[name="${NAMPO}"]`);
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.isVisible('#e-nampo-proposal-details >> text=In the article’s words')).toBe(true);
    expect(await page.isVisible('#e-nampo-proposal-details a[href$="/a-nampo-proposal"]')).toBe(true);
  });

  it('follows an evidence link to its passage in the text, focused and in view', async () => {
    const page = await reader.open();
    await openTimeline(page);
    await page.click(`role=button[name="${NAMPO}"]`);
    await page.click('#e-nampo-proposal-details a[href$="/a-nampo-proposal"]');
    await focusedAndInView(page, 'a-nampo-proposal');
    expect(new URL(page.url()).hash).toBe(`${ARTICLE}/a-nampo-proposal`);
  });

  it('follows an answer link to the event it answers', async () => {
    const page = await reader.open();
    await openTimeline(page);
    await page.click(
      '#e-china-rejects-nampo >> role=link[name="North Korea’s proposal of early November 2020"]',
    );
    await focusedAndInView(page, 'e-nampo-proposal');
  });

  it('goes from a source card in the text to the event on the timeline', async () => {
    const page = await reader.open();
    await page.click('button[aria-controls="card-a-nampo-proposal"]');
    await page.click(`#card-a-nampo-proposal >> role=link[name="${NAMPO}"]`);
    await focusedAndInView(page, 'e-nampo-proposal');
    expect(await page.getAttribute('role=tab[name="Timeline"]', 'aria-selected')).toBe('true');
  });

  it('filters by kind and says how many events are shown', async () => {
    const page = await reader.open();
    const timeline = await openTimeline(page);
    await timeline.locator('role=button[name="Filter events"]').click();
    await timeline.locator('role=group[name="Kinds"] >> role=checkbox[name="Outbreak"]').press('Space');
    // The box is ticked at once; the list follows in the next render.
    await expect
      .poll(() => page.textContent('role=status[name="Events shown"]'))
      .toBe('Showing 18 of 21 events');
    expect(await page.$$eval('.pv-timeline-list > li', (items) => items.length)).toBe(18);
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  describe(`timeline accessibility in the ${colorScheme} theme`, () => {
    const reader = useReader({ colorScheme });

    it('axe finds nothing with every event expanded and the filters open', async () => {
      const page = await reader.open(`${ARTICLE}/e-nampo-proposal`);
      const timeline = page.locator('role=region[name^="Timeline"]');
      await timeline.locator('role=button[name="Filter events"]').click();
      await timeline.locator('role=button[name="Expand all"]').click();
      expect(await page.isVisible('#e-kim-order-details')).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}

describe('the timeline on a phone', () => {
  const reader = useReader({ width: 375, height: 800 });

  it('keeps every event inside the screen’s width', async () => {
    const page = await reader.open(`${ARTICLE}/e-nampo-proposal`);
    await page.locator('role=region[name^="Timeline"] >> role=button[name="Expand all"]').click();
    const overflowing = await page.$$eval('.pv-timeline-list > li', (items) =>
      items.filter((item) => item.getBoundingClientRect().right > window.innerWidth).map((item) => item.id),
    );
    expect(overflowing).toEqual([]);
  });
});

describe('a timeline too long to show at once', () => {
  // The seed five times over: 105 events, shown 50 at a time.
  const reader = useReader({
    handlers: [scaledSeedHandler('long-timeline', 5)],
  });

  it('opens a link to an event beyond the first page, expanded and focused', async () => {
    const page = await reader.open('#/read/long-timeline/e-nampo-proposal-x04');
    await focusedAndInView(page, 'e-nampo-proposal-x04');
    expect(
      await page.getAttribute('#e-nampo-proposal-x04 button[aria-controls$="-details"]', 'aria-expanded'),
    ).toBe('true');
  });

  it('shows more with the keyboard, focus moving to the first event added', async () => {
    const page = await reader.open('#/read/long-timeline');
    const timeline = await openTimeline(page);
    expect(await page.textContent('role=status[name="Events shown"]')).toBe('Showing 50 of 105 events');
    await timeline.locator('role=button[name="Show 50 more events"]').press('Enter');
    await page.waitForFunction(
      () => document.activeElement === document.querySelector('.pv-timeline-list > li:nth-child(51) button'),
    );
    expect(await page.$$eval('.pv-timeline-list > li', (items) => items.length)).toBe(100);
  });

  it('prints every event', async () => {
    const page = await reader.open('#/read/long-timeline');
    await openTimeline(page);
    await page.waitForSelector('.pv-timeline-list > li');
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await page.$$eval('.pv-timeline-list > li', (items) => items.length)).toBe(105);
  });
});
