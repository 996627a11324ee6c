import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE_FILE } from '../fixtures/load-fixture';
import { axeViolations } from './lib/axe';
import { useReader } from './lib/reader-page';

const seed = JSON.parse(readFileSync(SEED_ARTICLE_FILE, 'utf8')) as {
  sources: { id: string; name: string }[];
  attributions: unknown[];
};
const NAME = 'dailynk-train-service-talks';
const FULL_MARKS = `#/read/${NAME}?sourcing=on`;

/** Chips drawn in the text (not hidden by the mode), each with whether it shares a line with the
 *  word before it. */
function chipsInText(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.pv-body .pv-chip')]
      .filter((chip) => chip.getBoundingClientRect().width > 0)
      .map((chip) => {
        const glue = chip.closest('.pv-glue');
        const words = document.createRange();
        if (glue) {
          words.setStart(glue, 0);
          words.setEndBefore(glue.querySelector('.pv-chip') ?? chip);
        }
        const before = [...words.getClientRects()].filter((r) => r.width > 0).at(-1);
        const box = chip.getBoundingClientRect();
        const middle = box.top + box.height / 2;
        return {
          attribution: chip.closest('[data-attribution]')?.getAttribute('data-attribution') ?? '',
          label: chip.getAttribute('aria-label') ?? '',
          onLineOfWordBefore: before !== undefined && before.top <= middle && middle <= before.bottom,
        };
      }),
  );
}

for (const width of [1280, 375]) {
  describe(`the quiet text at ${width} px`, () => {
    const reader = useReader({ width, height: 800 });

    it('shows at most one mark per attributed passage, no underline, and no chip on a line of its own', async () => {
      const page = await reader.open();
      expect(await page.getAttribute('html', 'data-pv-sourcing')).toBe('off');
      const chips = await chipsInText(page);
      expect(chips.length).toBe(seed.attributions.length);
      const perPassage = new Map<string, number>();
      for (const chip of chips) perPassage.set(chip.attribution, (perPassage.get(chip.attribution) ?? 0) + 1);
      expect(Math.max(...perPassage.values())).toBe(1);
      expect(chips.filter((chip) => !chip.onLineOfWordBefore)).toEqual([]);
      const underlined = await page.$$eval(
        '.pv-attr',
        (spans) => spans.filter((span) => getComputedStyle(span).textDecorationLine !== 'none').length,
      );
      expect(underlined).toBe(0);
    });

    it('with the full marks, still puts no chip on a line of its own', async () => {
      const page = await reader.open(FULL_MARKS);
      const chips = await chipsInText(page);
      expect(chips.length).toBeGreaterThan(seed.attributions.length);
      expect(chips.filter((chip) => !chip.onLineOfWordBefore)).toEqual([]);
    });
  });
}

describe('the key to the marks', () => {
  const reader = useReader();

  it('names every kind of mark the article uses, in either mode', async () => {
    const page = await reader.open(FULL_MARKS);
    // The pre-rendered page shows the quiet key; the link's mode comes with the app.
    await page.locator('role=button[name="Show sourcing"][pressed]').waitFor();
    const key = (await page.locator('.pv-key').textContent()) ?? '';
    const used = await page.evaluate(() => ({
      kinds: [
        ...new Set(
          [...document.querySelectorAll('.pv-body .pv-source-toggle')].map((c) =>
            c.getAttribute('data-kind'),
          ),
        ),
      ],
      uncertain:
        document.querySelector('.pv-body [data-certainty="hedged"], .pv-body [data-certainty="inferred"]') !==
        null,
      hedges: document.querySelector('.pv-body .pv-hedge') !== null,
      quotes: document.querySelector('.pv-body .pv-quote-toggle') !== null,
      nested: document.querySelector('.pv-body .pv-quote-toggle--nested') !== null,
      notes: document.querySelector('.pv-body .pv-note-toggle') !== null,
      insertions: document.querySelector('.pv-body .pv-insertion') !== null,
    }));
    const words: Record<string, string> = {
      anonymous: 'anonymous source',
      named: 'named source',
      relayed: 'relayed',
      'earlier-report': 'earlier report',
      inference: 'reporter’s inference',
      'own-reporting': 'own reporting',
    };
    expect(used.kinds.length).toBeGreaterThan(3);
    for (const kind of used.kinds) expect(key).toContain(words[kind ?? '']);
    expect(used).toMatchObject({ uncertain: true, hedges: true, quotes: true, nested: true, notes: true });
    for (const phrase of [
      'hedged or inferred',
      'hedge word',
      'quote',
      'quote within a quote',
      'editor’s note',
      'editor’s words',
    ])
      expect(key).toContain(phrase);
    // The quiet text's key explains its one sign and the editor's words.
    await page.click('role=button[name="Show sourcing"]');
    expect(await page.locator('.pv-key').textContent()).toMatch(/source: select the ring.*editor’s words/);
  });

  it('says what a chip is when it is pointed at', async () => {
    const page = await reader.open(FULL_MARKS);
    await page.hover('#a-discussed-again .pv-source-toggle');
    await page.waitForSelector('.pv-tip:popover-open');
    expect(await page.locator('.pv-tip').textContent()).toBe('Anonymous source: open the source card');
  });
});

describe('the "Show sourcing" choice', () => {
  const reader = useReader();

  it('survives a reload, and a link’s choice wins over it without replacing it', async () => {
    const page = await reader.open();
    const toggle = page.locator('role=button[name="Show sourcing"]');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator('.pv-quote-toggle').first().isVisible()).toBe(false);
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.pv-quote-toggle').first().isVisible()).toBe(true);
    await page.reload();
    await page.waitForSelector('html[data-pv-sourcing="on"]', { state: 'attached' });
    // The marks show from the first frame; the button says so once the app has started.
    expect(await page.locator('.pv-quote-toggle').first().isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Show sourcing', pressed: true }).waitFor();

    await reader.open(`#/read/${NAME}?sourcing=off`);
    await page.waitForSelector('html[data-pv-sourcing="off"]', { state: 'attached' });
    expect(await page.locator('.pv-quote-toggle').first().isVisible()).toBe(false);
    await reader.open();
    await page.waitForSelector('html[data-pv-sourcing="on"]', { state: 'attached' });
    // Leave the browser as the other tests expect it.
    await page.evaluate(() => localStorage.clear());
  });

  it('turns the full marks on from a link, on a first visit', async () => {
    const page = await reader.open(FULL_MARKS);
    await page.waitForSelector('html[data-pv-sourcing="on"]', { state: 'attached' });
    expect(await page.locator('role=button[name="Show sourcing"]').getAttribute('aria-pressed')).toBe('true');
    const decoration = await page.$eval(
      '#a-discussed-again',
      (span) => getComputedStyle(span).textDecorationLine,
    );
    expect(decoration).toBe('underline');
  });
});

describe('on a phone (375 × 667)', () => {
  const reader = useReader({ width: 375, height: 667 });

  it('starts the text on the first screen, the editor’s disclaimers folded', async () => {
    // The quiet text, whatever an earlier test in this browser remembered choosing.
    const page = await reader.open(`#/read/${NAME}?sourcing=off`);
    const first = await page.locator('.pv-body .pv-paragraph').first().boundingBox();
    // At least the first line (about 30 px) shows without scrolling.
    expect(first!.y + 30).toBeLessThanOrEqual(667);
    expect(await page.getByText(/Headline written by the editor/).isVisible()).toBe(false);
    await page.click('summary:has-text("About this file")');
    expect(await page.getByText(/Headline written by the editor/).isVisible()).toBe(true);
  });

  it('reaches the rail’s timeline in one step from the first screen and from mid-article', async () => {
    const page = await reader.open();
    const bar = page.getByRole('navigation', { name: 'Go to sources, timeline and quotes' });
    const box = await bar.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(667);
    await bar.getByRole('button', { name: 'Timeline' }).click();
    const tab = page.locator('role=tab[name="Timeline"]');
    expect(await tab.getAttribute('aria-selected')).toBe('true');
    expect(await tab.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.waitForFunction(() => {
      const rect = document.querySelector('[role="tab"][aria-selected="true"]')?.getBoundingClientRect();
      return rect !== undefined && rect.top >= 0 && rect.bottom <= window.innerHeight;
    });

    await page.locator('#p-nampo-rejected').scrollIntoViewIfNeeded();
    const stuck = await bar.boundingBox();
    expect(stuck!.y).toBe(0);
    await bar.getByRole('button', { name: 'Quotes' }).click();
    expect(await page.locator('role=tab[name="Quotes"]').getAttribute('aria-selected')).toBe('true');
  });

  it('shows a paragraph’s links on demand, not as a row above every paragraph', async () => {
    const page = await reader.open();
    const paragraph = page.locator('#p-moved-away');
    const toggle = page.locator('[popovertarget="p-moved-away-links"]');
    expect(await toggle.evaluate((el) => getComputedStyle(el).opacity)).toBe('0');
    await paragraph.click();
    expect(await toggle.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    await toggle.click();
    const menu = page.locator('#p-moved-away-links');
    await page.waitForSelector('#p-moved-away-links:popover-open');
    const box = await menu.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    expect(await menu.locator(`a[rel="bookmark"][href="#/read/${NAME}/p-moved-away"]`).isVisible()).toBe(
      true,
    );
  });
});

describe('paragraph controls from the keyboard', () => {
  const reader = useReader();

  it('take one tab stop per paragraph, before its text as they are seen', async () => {
    const page = await reader.open();
    await page.locator('[popovertarget="p-moved-away-links"]').focus();
    const stops: { paragraph: string; control: string; x: number }[] = [];
    for (let i = 0; i < 8; i++) {
      stops.push(
        await page.evaluate(() => {
          const el = document.activeElement!;
          return {
            paragraph: el.closest('.pv-block')?.querySelector('p')?.id ?? '',
            control: el.classList.contains('pv-permalink-toggle') ? 'links' : 'mark',
            x: el.getBoundingClientRect().x,
          };
        }),
      );
      await page.keyboard.press('Tab');
    }
    const linkStops = stops.filter((stop) => stop.control === 'links');
    const paragraphs = new Set(stops.map((stop) => stop.paragraph));
    // One links control per paragraph reached, and it comes first in each paragraph.
    expect(linkStops.length).toBe(paragraphs.size);
    for (const paragraph of paragraphs)
      expect(stops.find((stop) => stop.paragraph === paragraph)?.control).toBe('links');
    // It sits in the margin, left of the text it belongs to.
    const textLeft = await page.locator('#p-moved-away').evaluate((p) => p.getBoundingClientRect().left);
    expect(linkStops[0]!.x).toBeLessThan(textLeft);
  });
});

describe('the print edition', () => {
  const reader = useReader();

  it('prints the seed on at most 6 pages (Letter and A4), each source once in the endnotes', async () => {
    const page = await reader.open();
    const pages = async (format: 'Letter' | 'A4') => {
      const pdf = await page.pdf({ format });
      return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    };
    const letter = await pages('Letter');
    const a4 = await pages('A4');
    expect(letter).toBeGreaterThan(1);
    expect(letter).toBeLessThanOrEqual(6);
    expect(a4).toBeLessThanOrEqual(6);

    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    const names = await page.$$eval('.pv-endnote-name', (els) => els.map((el) => el.textContent));
    expect([...names].sort()).toEqual(seed.sources.map((s) => s.name).sort());
    // Footnote numbers in the text, each naming its source's endnote.
    const first = await page.$eval(
      '#a-moved-away .pv-source-toggle',
      (chip) => getComputedStyle(chip, '::before').content,
    );
    expect(first).toBe('"1"');
    // Permalinks as absolute URLs; no card, rail or repeated quote.
    expect(await page.locator('.pv-endnote-url').first().textContent()).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/.*#\/read\//,
    );
    expect(await page.locator('.pv-rail').isVisible()).toBe(false);
    expect(await page.locator('.pv-quote-card').first().isVisible()).toBe(false);
    expect(await page.locator('.pv-print-table tbody tr').count()).toBeGreaterThan(10);
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
  }, 60_000);
});

for (const colorScheme of ['light', 'dark'] as const) {
  describe(`accessibility of both modes in the ${colorScheme} theme`, () => {
    const reader = useReader({ colorScheme });

    it('axe finds nothing in the quiet text and with the full marks', async () => {
      let page = await reader.open();
      expect(await axeViolations(page)).toEqual([]);
      page = await reader.open(FULL_MARKS);
      expect(await axeViolations(page)).toEqual([]);
    }, 90_000);
  });
}
