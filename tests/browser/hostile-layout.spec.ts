import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hostileCorpus } from '../fixtures/hostile-corpus';
import { useReader } from './lib/reader-page';

const corpus = new Map(hostileCorpus().map((c) => [`corpus-${c.name}`, c.text]));

/**
 * Whether each element is drawn after the one before it: its first line box starts to the right
 * of where the one before ended, or on a later line (an inline element may wrap onto two lines).
 */
async function drawnInOrder(locator: Locator): Promise<boolean> {
  const runs = await locator.evaluateAll((elements) =>
    elements.map((e) => {
      const boxes = [...e.getClientRects()];
      const first = boxes[0];
      const last = boxes[boxes.length - 1];
      return {
        top: first?.top ?? 0,
        left: first?.left ?? 0,
        endTop: last?.top ?? 0,
        right: last?.right ?? 0,
      };
    }),
  );
  return runs.every((run, i) => {
    const before = runs[i - 1];
    return !before || run.top > before.endTop + 1 || run.left >= before.right - 1;
  });
}

type WordBox = { left: number; right: number; top: number };

/**
 * Where each word is drawn, from `from` to the end of the text node of `locator`'s element that
 * holds it, in the text's (logical) order.
 */
function wordBoxes(locator: Locator, from: string): Promise<WordBox[]> {
  return locator.evaluate((element, start) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let node = walker.nextNode();
    while (node && !node.textContent?.includes(start)) node = walker.nextNode();
    const text = node?.textContent ?? '';
    const after = text.indexOf(start);
    return [...text.slice(after).matchAll(/\S+/g)].map((match) => {
      const range = document.createRange();
      if (node) {
        range.setStart(node, after + match.index);
        range.setEnd(node, after + match.index + match[0].length);
      }
      const { left, right, top } = range.getBoundingClientRect();
      return { left, right, top };
    });
  }, from);
}

/** Each pair of words, one after the other in the text, drawn on the same line. */
function wordsOnOneLine(words: WordBox[]): (readonly [WordBox, WordBox])[] {
  return words.slice(1).flatMap((word, i) => {
    const before = words[i];
    return before && Math.abs(word.top - before.top) < 2 ? [[before, word] as const] : [];
  });
}

/** How far the page can be scrolled sideways: 0 when nothing is wider than the window. */
function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Judged by the page's geometry, from outside the app: where things are drawn, how wide it is. */
describe('hostile text in Chromium: direction and width', () => {
  const reader = useReader({
    handlers: [
      (req, res) => {
        const name = /\/articles\/(corpus-[a-z0-9-]+)\.json$/.exec(req.url ?? '')?.[1];
        const text = name ? corpus.get(name) : undefined;
        if (text === undefined) return false;
        res.writeHead(200, { 'content-type': 'application/json' }).end(text);
        return true;
      },
    ],
  });
  const OVERRIDE = 'corpus-right-to-left-override-in-names';

  it('keeps a relay chain in order after a name with an unclosed right-to-left override', async () => {
    const page = await reader.open(`#/read/${OVERRIDE}/q-promise`);
    const chain = page.locator('.pv-quote-chain bdi');
    await chain.first().waitFor();
    expect(await chain.allTextContents()).toEqual([
      'Mayor Ana Ortiz\u202e of Port Vell',
      'the Coastal Ledger',
      'Coastal\u202e Ledger',
    ]);
    expect(await drawnInOrder(chain)).toBe(true);
    expect(reader.session.pageErrors).toEqual([]);
  });

  it('keeps the byline in order on screen and in print after such a name', async () => {
    const page = await reader.open(`#/read/${OVERRIDE}`);
    for (const media of ['screen', 'print'] as const) {
      await page.emulateMedia({ media });
      expect(
        await drawnInOrder(page.locator('.pv-byline-names, .pv-byline-sep, .pv-byline time')),
        media,
      ).toBe(true);
    }
    await page.emulateMedia({ media: 'screen' });
  });

  it('keeps the negotiation view’s words in order after a side’s name with such an override', async () => {
    const page = await reader.open(`#/negotiation/${OVERRIDE}`);
    const head = page.locator('.pv-neg-row').first().locator('.pv-neg-card-head');
    await head.waitFor();
    expect(await head.locator('.pv-neg-side-names').textContent()).toBe('Harbour\u202e council');
    expect(await drawnInOrder(head.locator('.pv-neg-side-names, .pv-neg-kind'))).toBe(true);
    // The same event in the list, one line of words: its side, its kind and time, its summary.
    // Unisolated, the override would carry the rest of the line with it, summary and all.
    await page.getByRole('button', { name: 'List' }).click();
    const entry = page.locator('.pv-neg-list li').first();
    await entry.waitFor();
    // Unwrapped (the list keeps a readable width), so that its words' order is their x order.
    await page.locator('.pv-neg-list').evaluate((list: HTMLElement) => (list.style.maxWidth = 'none'));
    const [sideEnd, summaryStart] = await entry.evaluate((li, summary) => {
      const walker = document.createTreeWalker(li, NodeFilter.SHOW_TEXT);
      let node = walker.nextNode();
      while (node && !node.textContent?.includes(summary)) node = walker.nextNode();
      const range = document.createRange();
      if (node) range.selectNodeContents(node);
      const side = [...(li.querySelector('strong')?.getClientRects() ?? [])];
      return [
        Math.max(...side.map((r) => r.right)),
        Math.min(...[...range.getClientRects()].map((r) => r.left)),
      ];
    }, 'The council offers the union a review.');
    expect(summaryStart).toBeGreaterThan(sideEnd);
    // The answer in words names the side inside our sentence: the words after the name keep
    // their order (each drawn after the one before it on the same line).
    const sameLine = wordsOnOneLine(await wordBoxes(entry.locator('.pv-neg-list-relation'), 'proposal'));
    expect(sameLine.length).toBeGreaterThan(0);
    expect(sameLine.every(([before, word]) => word.left >= before.right - 1)).toBe(true);
    // An event of both sides names them in its card's head: the second name keeps its order.
    await page.getByRole('button', { name: 'Graphic' }).click();
    const joint = page.locator('.pv-neg-row', { hasText: 'votes 5–2' }).locator('.pv-neg-side-names');
    await joint.waitFor();
    const names = wordsOnOneLine(await wordBoxes(joint, 'Dockworkers'));
    expect(names.length).toBeGreaterThan(0);
    expect(names.every(([before, word]) => word.left >= before.right - 1)).toBe(true);
    expect(reader.session.pageErrors).toEqual([]);
  });

  it('keeps an embedded pull quote’s attribution in order', async () => {
    const page = await reader.open(`#/embed/${OVERRIDE}/q-promise?view=card`);
    const line = page.locator('.pv-pullquote-meta').last();
    await line.waitFor();
    expect(await line.locator('cite, bdi').count()).toBe(2);
    expect(await drawnInOrder(line.locator('cite, bdi'))).toBe(true);
  });

  it.each([1280, 375])(
    'never scrolls sideways at %i px with 100 KB words in headline and names',
    async (width) => {
      const page = reader.page;
      await page.setViewportSize({ width, height: 800 });
      await reader.open('#/read/corpus-unbroken-words');
      expect(await sidewaysScroll(page)).toBe(0);
      // A source card and the sources panel show the long name too.
      await page.locator('#a-mayor .pv-source-toggle').click();
      await page.getByRole('group', { name: /^Source card: / }).waitFor();
      expect(await sidewaysScroll(page)).toBe(0);
      await reader.open('#/read/corpus-unbroken-words/s-mayor');
      expect(await sidewaysScroll(page)).toBe(0);
      await reader.open('#/embed/corpus-unbroken-words/q-promise?view=card');
      expect(await sidewaysScroll(page)).toBe(0);
      await page.setViewportSize({ width: 1280, height: 900 });
    },
  );
});
