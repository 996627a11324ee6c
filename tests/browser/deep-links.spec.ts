import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Article } from '../../src/article/article-schema';
import { buildAppPath } from '../../src/shared/app-url';
import { quoteFromRange } from '../../src/shared/text-quote';
import { SEED_ARTICLE_FILE, readText } from '../fixtures/load-fixture';
import { useReader } from './lib/reader-page';

const NAME = 'dailynk-train-service-talks';
const seed = JSON.parse(readText(SEED_ARTICLE_FILE)) as Article;

/** The same article after an editor's changes: a new first paragraph, every block renamed. */
function editedSeed(): string {
  const article = structuredClone(seed);
  const rename = (id: string) => `${id}-v2`;
  const text = JSON.stringify(article).replace(
    /"(id|blockId|bioBlockId)":"((?:p|fig|end)-[a-z0-9-]+)"/g,
    (_m, key: string, id: string) => `"${key}":${JSON.stringify(rename(id))}`,
  );
  const edited = JSON.parse(text) as Article;
  edited.body.unshift({
    type: 'paragraph',
    id: 'p-correction',
    text: 'Correction: an earlier version misdated a meeting.',
  });
  return JSON.stringify(edited);
}

async function focusedAndInView(page: Page, id: string): Promise<void> {
  await page.waitForFunction((target) => document.activeElement?.id === target, id, { timeout: 10_000 });
  await page.waitForFunction(
    (target) => {
      const box = document.getElementById(target)?.getBoundingClientRect();
      // Its start is on screen (a long expanded item may run past the bottom).
      return box !== undefined && box.height > 0 && box.top >= 0 && box.top < window.innerHeight;
    },
    id,
    { timeout: 10_000 },
  );
}

const items: [string, string][] = [
  ...seed.body.filter((b) => b.type === 'paragraph').map((b) => ['Paragraph', b.id] as [string, string]),
  ...seed.quotes.map((q) => ['Quote', q.id] as [string, string]),
  ...seed.attributions.map((a) => ['Passage', a.id] as [string, string]),
  ...seed.events.map((e) => ['Event', e.id] as [string, string]),
  ...seed.sources.map((s) => ['Source', s.id] as [string, string]),
  ...seed.notes.map((n) => ['Note', n.id] as [string, string]),
];

describe('every permalink of the seed article, opened cold', () => {
  const reader = useReader();

  it.each(items)(
    '%s %s: shown, opened, focused, named in the title, with its permalink',
    async (kind, id) => {
      const page = await reader.open(`#/read/${NAME}/${id}`);
      await focusedAndInView(page, id);
      expect(await page.title()).toMatch(new RegExp(`^${kind}: `));
      const permalink = page.locator(`a[rel="bookmark"][href="#/read/${NAME}/${id}"]`);
      expect(await permalink.count()).toBeGreaterThan(0);
      const expanded = page.locator(`[aria-controls][aria-expanded="true"]`);
      if (['Event', 'Source', 'Quote', 'Passage'].includes(kind))
        expect(await expanded.count(), 'the disclosure that hid it is open').toBeGreaterThan(0);
      // The room boot.js kept for a quote's or attribution's card has gone to the card.
      const kept = await page
        .locator(`[id="${id}"]`)
        .evaluate((item) => getComputedStyle(item.closest('.pv-block') ?? item, '::after').content);
      expect(kept).not.toContain('Opening its card');
    },
  );
});

// The seed's tallest and shortest cards of each kind, against the room boot.js keeps for them.
const CARD_LINKS = [
  'q-bewildered',
  'q-kim-order',
  'q-no-one-can-predict',
  'a-bewildered',
  'a-oct-26-report',
  'a-china-objected',
];

describe('a link to a quote or an attribution, at the article’s own page', () => {
  const reader = useReader();

  it.each([1280, 375].flatMap((width) => CARD_LINKS.map((id) => [width, id] as const)))(
    'at %i px opens the card of %s without moving the text below (layout shift under 0.02)',
    async (width, id) => {
      const page = await reader.session.context.newPage();
      await page.setViewportSize({ width, height: 800 });
      await page.addInitScript(() => {
        const shifts = { total: 0 };
        Object.assign(window, { __shifts: shifts });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
            shifts.total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${reader.server.url}${NAME}.html#${id}`);
      await page.waitForFunction((item) => document.getElementById(`card-${item}`) !== null, id);
      // Two frames after the card: any shift it caused has been reported.
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      const total = await page.evaluate(
        () => (window as unknown as { __shifts: { total: number } }).__shifts.total,
      );
      expect(total).toBeLessThan(0.02);
      await page.close();
    },
  );
});

describe('passage links', () => {
  const reader = useReader({
    handlers: [
      (req, res) => {
        if (!req.url?.endsWith('/articles/dailynk-edited.json')) return false;
        res.writeHead(200, { 'content-type': 'application/json' }).end(editedSeed());
        return true;
      },
    ],
  });
  const block = seed.body.find((b) => b.id === 'p-nampo-second-best');
  if (block?.type !== 'paragraph') throw new Error('seed changed');
  const start = block.text.indexOf('as a second-best option');
  const quote = quoteFromRange(block.text, start, start + 'as a second-best option'.length);

  it('copies a link to selected text, which opens on exactly that passage', async () => {
    const page = await reader.open();
    // The bar's code comes with the first selection, not with the reader's first JavaScript.
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    const barCode = () => scripts.filter((url) => url.includes('passage-link-bar'));
    await page.waitForLoadState('networkidle');
    expect(barCode()).toEqual([]);
    await reader.session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // The words may span several text nodes (a mark's glue, a hedge's tip): select by offsets
    // in the paragraph's whole text, as a reader's drag would.
    await page.locator('#p-nampo-second-best').evaluate((p, words) => {
      const at = p.textContent.indexOf(words);
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let offset = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0;
        if (at >= offset && at <= offset + length) range.setStart(node, at - offset);
        if (at + words.length >= offset && at + words.length <= offset + length) {
          range.setEnd(node, at + words.length - offset);
          break;
        }
        offset += length;
      }
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
    }, 'as a second-best option');
    const bar = page.getByRole('region', { name: 'Link to the selected passage' });
    await bar.getByRole('button', { name: 'Copy link to passage' }).click();
    await bar.getByText('Link to the passage copied').waitFor();
    expect(barCode()).toHaveLength(1);
    const url = await page.evaluate(() => navigator.clipboard.readText());
    expect(url).toContain(`#/read/${NAME}?exact=as+a+second-best+option`);
    await page.goto('about:blank');
    await page.goto(url);
    await focusedAndInView(page, 'linked-passage');
    expect(await page.textContent('#linked-passage')).toBe('as a second-best option');
  });

  it('still finds the passage after the article was edited and its ids changed', async () => {
    const path = buildAppPath({ kind: 'article', article: 'dailynk-edited', passage: quote }, NAME);
    const page = await reader.open(`#${path}`);
    await focusedAndInView(page, 'linked-passage');
    expect(await page.locator('#linked-passage').evaluate((el) => el.closest('p')?.id)).toBe(
      'p-nampo-second-best-v2',
    );
  });

  it('says plainly when the passage no longer exists, instead of jumping to a look-alike', async () => {
    const gone = { ...quote, exact: 'as a third-best option' };
    const page = await reader.open(
      `#${buildAppPath({ kind: 'article', article: NAME, passage: gone }, NAME)}`,
    );
    expect(await page.getByRole('alert').textContent()).toContain(
      'The linked passage “as a third-best option” is no longer in this article',
    );
    expect(await page.locator('#linked-passage').count()).toBe(0);
  });
});

describe('history and bad links', () => {
  const reader = useReader();

  it('moves between selections with back and forward', async () => {
    const page = await reader.open(`#/read/${NAME}/q-bewildered`);
    await focusedAndInView(page, 'q-bewildered');
    // A paragraph's permalink sits in the menu its ¶ button opens.
    const link = page.locator(`a[rel="bookmark"][href="#/read/${NAME}/p-kim-order"]`);
    const menu = await link.evaluate((a) => a.closest('[popover]')?.id ?? '');
    await page.locator(`button[popovertarget="${menu}"]`).click();
    await link.click();
    await focusedAndInView(page, 'p-kim-order');
    await page.goBack();
    await focusedAndInView(page, 'q-bewildered');
    await page.goForward();
    await focusedAndInView(page, 'p-kim-order');
  });

  it.each([
    [`#/read/${NAME}/q-no-such-quote`, 'This article has no item “q-no-such-quote”'],
    [`#/read/${NAME}/%3Cscript%3Ealert(1)%3C%2Fscript%3E`, 'item is not a valid id'],
    [`#/read/${NAME}/%E0%A4%A`, 'item is not a valid id'],
    ['#/read/..%2F..%2Fpackage', 'article name is not valid'],
    ['#/read/https%3A%2F%2Fevil.example%2Fa', 'article name is not valid'],
    ['#/nonsense/path', 'does not name an article'],
  ])('shows the article with a dismissable notice for %s', async (fragment, words) => {
    const page = await reader.open(fragment);
    const notice = page.getByRole('alert');
    expect(await notice.textContent()).toContain(words);
    expect(await page.locator('article h1').isVisible()).toBe(true);
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(reader.session.foreignRequests).toEqual([]);
  });
});
