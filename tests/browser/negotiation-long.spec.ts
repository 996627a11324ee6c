import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/article/article-schema';
import { readText, SEED_ARTICLE_FILE } from '../fixtures/load-fixture';
import { scaledSeedHandler } from './lib/scaled-seed';
import { useReader } from './lib/reader-page';
import { copySuffix } from '../../tools/scale-article';

// The seed told eight times over: 40 phases, past the count from which the view draws only the
// phases near the screen (use-section-window.ts).
const NAME = 'long-read';
const COPIES = 8;
const seed = JSON.parse(readText(SEED_ARTICLE_FILE)) as Article;
const lastPhase = seed.phases?.at(-1);
const LAST_PHASE_TITLE = `${lastPhase?.id ?? ''}${copySuffix(COPIES - 1)}-title`;
const LAST_EVENT = `${lastPhase?.eventIds.at(-1) ?? ''}${copySuffix(COPIES - 1)}`;

describe('the negotiation view of a long story in Chromium', () => {
  const reader = useReader({ handlers: [scaledSeedHandler(NAME, COPIES)] });

  it('draws the phases near the screen first and the last one once scrolled to', async () => {
    expect(lastPhase).toBeDefined();
    const page = await reader.open(`#/negotiation/${NAME}`);
    await page.waitForSelector('.pv-neg-row');
    const drawn = await page.locator('.pv-neg-phase').count();
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(COPIES * (seed.phases?.length ?? 0));
    expect(await page.locator(`[id="${LAST_PHASE_TITLE}"]`).count()).toBe(0);

    // Scrolled to the end, step by step as a reader would: the sections there are drawn.
    const last = page.locator(`[id="${LAST_PHASE_TITLE}"]`);
    await expect
      .poll(
        async () => {
          await page.mouse.wheel(0, 4000);
          return last.isVisible();
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    expect(await page.locator(`[id="${LAST_EVENT}"]`).isVisible()).toBe(true);
  });

  it('lands a deep link on an event of the last phase, focused', async () => {
    const page = await reader.open(`#/negotiation/${NAME}/${LAST_EVENT}`);
    await page.waitForFunction((id) => document.activeElement?.id === id, LAST_EVENT);
    expect(await page.locator(`[id="${LAST_EVENT}"]`).isVisible()).toBe(true);
    expect(await page.locator(`[id="${LAST_PHASE_TITLE}"]`).count()).toBe(1);
  });
});
