import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/article/article-schema';
import { readText, SEED_ARTICLE_FILE } from '../fixtures/load-fixture';
import { axeViolations } from './lib/axe';
import { openBrowser } from '../../tools/chromium';
import { useReader } from './lib/reader-page';

const VIEW = '#/negotiation/dailynk-train-service-talks';
const SHOTS = '/tmp/negotiation';
const seed = JSON.parse(readText(SEED_ARTICLE_FILE)) as Article;
const sideOf = (eventId: string) => {
  const event = seed.events.find((e) => e.id === eventId)!;
  return seed.actors.find((a) => a.id === event.actorIds[0])!.sideId;
};

/** The view drawn whole: its first frame holds only the screen's rows, the rest come next. */
async function openView(page: Page) {
  await page.waitForSelector('.pv-neg-row');
  await page.waitForFunction(() => document.querySelector('.pv-neg-section--waiting') === null);
}

type Box = { left: number; right: number; top: number; bottom: number };

/** Where a connector's pieces and the two cards are, and where its drawn lines run. */
function connectorGeometry(page: Page, from: string, to: string) {
  return page.evaluate(
    ([fromId, toId]) => {
      const box = (el: Element | null): Box => {
        const r = el!.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      };
      /** The drawn line (the piece's ::before) as a box. */
      const line = (el: Element): Box => {
        const r = el.getBoundingClientRect();
        const s = getComputedStyle(el, '::before');
        const px = (v: string) => (v === 'auto' ? NaN : parseFloat(v));
        return {
          left: r.left + px(s.left),
          right: r.right - px(s.right),
          top: r.top + px(s.top),
          bottom: r.bottom - px(s.bottom),
        };
      };
      const pieces = (part: string) =>
        [...document.querySelectorAll(`[data-connector="${fromId}>${toId}"][data-part="${part}"]`)].map(line);
      const heads = [...document.querySelectorAll('.pv-neg-head')].map((h) => ({
        name: h.textContent,
        ...box(h),
      }));
      return {
        from: box(document.querySelector(`[id="${fromId}"] .pv-neg-card`)),
        to: box(document.querySelector(`[id="${toId}"] .pv-neg-card`)),
        start: pieces('start-h'),
        end: pieces('end-h'),
        verticals: [...pieces('start'), ...pieces('through'), ...pieces('end')],
        heads,
      };
    },
    [from, to],
  );
}

describe('the negotiation view in Chromium', () => {
  const reader = useReader();

  it('draws every answer of the seed as a connector from the proposal’s column to the answer’s', async () => {
    const page = await reader.open(VIEW);
    await openView(page);
    const pairs = seed.events.filter((e) => e.answersId).map((e) => [e.answersId!, e.id] as const);
    expect(pairs).toHaveLength(4);
    for (const [from, to] of pairs) {
      const g = await connectorGeometry(page, from, to);
      const column = (sideId: string) =>
        g.heads.find((h) => h.name === seed.sides.find((s) => s.id === sideId)!.name)!;
      const centre = (b: Box) => (b.left + b.right) / 2;
      // Each card sits in its side's column.
      const fromColumn = column(sideOf(from));
      const toColumn = column(sideOf(to));
      expect(centre(g.from)).toBeGreaterThan(fromColumn.left - 40);
      expect(g.from.left).toBeLessThan(fromColumn.right);
      expect(g.to.left).toBeGreaterThanOrEqual(toColumn.left - 40);
      expect(g.to.left).toBeLessThan(toColumn.right);
      // The line leaves the proposal's card at its edge, within the card's height…
      const [start] = g.start;
      expect(start).toBeDefined();
      expect(Math.abs(start!.left - g.from.right)).toBeLessThan(3);
      expect(start!.top).toBeGreaterThan(g.from.top);
      expect(start!.top).toBeLessThan(g.from.bottom);
      // …runs down between the two cards' columns…
      for (const v of g.verticals) {
        expect(v.left).toBeGreaterThanOrEqual(g.from.right - 1);
        expect(v.right).toBeLessThanOrEqual(g.to.left + 1);
      }
      const top = Math.min(...g.verticals.map((v) => v.top));
      const bottom = Math.max(...g.verticals.map((v) => v.bottom));
      expect(Math.abs(top - start!.top)).toBeLessThan(3);
      // …and ends at the answer's card, at the height where it arrives.
      const [end] = g.end;
      expect(end).toBeDefined();
      expect(Math.abs(end!.right - g.to.left)).toBeLessThan(3);
      expect(end!.top).toBeGreaterThan(g.to.top);
      expect(end!.top).toBeLessThan(g.to.bottom);
      expect(Math.abs(bottom - end!.top)).toBeLessThan(4);
      // Said in words too, in the answer's row.
      expect(await page.locator(`[id="${to}"] .pv-neg-relation`).first().textContent()).toMatch(
        /North Korea/,
      );
    }
    expect(reader.session.pageErrors).toEqual([]);
  });

  it('draws an open-ended date open at its open end, and a bracket closed at both', async () => {
    const page = await reader.open(VIEW);
    await openView(page);
    const mark = (id: string) =>
      page.$eval(`[id="${id}"] .pv-neg-mark`, (el) => {
        const s = getComputedStyle(el);
        return { top: s.borderTopWidth, bottom: s.borderBottomWidth, style: s.borderLeftStyle };
      });
    // "Not stated (before the Oct. 26 report)": no cap at the start, dashed; a cap at Oct. 26.
    expect(await mark('e-agreement-restart-trains')).toEqual({ top: '0px', bottom: '2px', style: 'dashed' });
    expect(await mark('e-qingdao-outbreak')).toEqual({ top: '2px', bottom: '2px', style: 'solid' });
    expect(await page.locator('[id="e-agreement-restart-trains"] .pv-neg-axis').textContent()).toContain(
      'by Oct. 26',
    );
  });

  it('holds filters in the URL and carries them into the embed snippet and the embed', async () => {
    const page = await reader.open(VIEW);
    await openView(page);
    await page.getByRole('button', { name: 'Filter events' }).click();
    await page.getByRole('button', { name: 'Only China' }).click();
    // The view shows one side before the next choice.
    await expect.poll(() => page.locator('.pv-neg-head').allTextContents()).toEqual(['China']);
    await page.getByRole('checkbox', { name: 'Statement' }).uncheck();
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('sides=china&kinds=');
    const hash = await page.evaluate(() => location.hash);
    expect(hash).not.toContain('statement');
    // A reload keeps them.
    await reader.open(hash);
    await openView(page);
    await page.getByRole('button', { name: 'Filter events' }).click();
    expect(await page.getByRole('checkbox', { name: 'North Korea' }).isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: 'China' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Statement' }).isChecked()).toBe(false);
    expect(await page.locator('.pv-neg-head').allTextContents()).toEqual(['China']);
    expect(await page.getByRole('status').first().textContent()).toMatch(/^Showing \d+ of 21 events/);
    // The embed dialog writes them into both snippets.
    await page.getByRole('button', { name: 'Embed' }).click();
    const loader = await page.getByLabel(/^With the loader/).inputValue();
    const iframe = await page.getByLabel(/^Plain iframe/).inputValue();
    expect(loader).toContain('data-view="timeline"');
    expect(loader).toContain('data-sides="china"');
    expect(loader).toMatch(/data-kinds="[a-z,]+"/);
    const src = /src="([^"]+)"/.exec(iframe)![1]!.replace(/&amp;/g, '&');
    expect(src).toContain('view=timeline');
    expect(src).toContain('sides=china');
    // The embed shows the view so filtered.
    await page.goto('about:blank');
    await page.goto(src);
    await openView(page);
    expect(await page.locator('.pv-neg-head').allTextContents()).toEqual(['China']);
    expect(await page.locator('[id="e-nampo-watched-statement"]').count()).toBe(0);
  });

  it('keeps both of two filter clicks made before the view has redrawn', async () => {
    const page = await reader.open(VIEW);
    await openView(page);
    await page.getByRole('button', { name: 'Filter events' }).click();
    // Two clicks in one task: the second comes before the router has applied the first's URL.
    await page.evaluate(() => {
      const only = document.querySelector<HTMLElement>('button[aria-label="Only China"]');
      const statement = [...document.querySelectorAll('label')].find((l) => l.textContent === 'Statement');
      only?.click();
      statement?.querySelector('input')?.click();
    });
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('sides=china&kinds=');
    expect(await page.evaluate(() => location.hash)).not.toContain('statement');
    await expect.poll(() => page.locator('.pv-neg-head').allTextContents()).toEqual(['China']);
    expect(await page.getByRole('checkbox', { name: 'North Korea' }).isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: 'Statement' }).isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: 'Request' }).isChecked()).toBe(true);
  });

  it('lands a deep link on its event, focused, added back visibly when the filters hide it', async () => {
    const page = await reader.open(`${VIEW}/e-china-rejects-nampo?kinds=request,proposal`);
    await page.waitForFunction(() => document.activeElement?.id === 'e-china-rejects-nampo');
    const row = page.locator('[id="e-china-rejects-nampo"]');
    expect(await row.textContent()).toContain('Shown because a link leads here');
    expect(await row.getByRole('button', { expanded: true }).count()).toBe(1);
    expect(await page.getByRole('status').first().textContent()).toContain(
      'is shown because a link leads to it',
    );
    // The filters are kept, not reset: other rejections stay hidden.
    await expect.poll(() => page.locator('.pv-neg-row').count()).toBe(4);
    // A filter chosen there leaves the link behind: the event is hidden again, drawn and in the URL.
    await page.getByRole('button', { name: 'Filter events' }).click();
    await page.getByRole('checkbox', { name: 'Statement' }).check();
    await expect.poll(() => row.count()).toBe(0);
    expect(await page.getByRole('status').first().textContent()).not.toContain('link leads');
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/kinds=[a-z,]*statement/);
    expect(await page.evaluate(() => location.hash)).not.toContain('e-china-rejects-nampo');
  });

  it('works from the keyboard: filters, arrows between events, opening one', async () => {
    const page = await reader.open(VIEW);
    await openView(page);
    await page.getByRole('button', { name: 'Filter events' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('checkbox');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Only North Korea',
    );
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('sides=north-korea');
    await page.getByRole('button', { name: 'Show every event' }).press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).not.toContain('sides=');
    // The graphic shows China's events again.
    await expect.poll(() => page.locator('[id="e-oct-26-report"]').count()).toBe(1);
    const first = page.locator('.pv-neg-toggle').first();
    await first.focus();
    await page.keyboard.press('ArrowDown');
    const focused = () => page.evaluate(() => document.activeElement?.closest('li')?.id);
    expect(await focused()).toBe('e-oct-26-report');
    await page.keyboard.press('Enter');
    expect(await page.locator('[id="e-oct-26-report"] .pv-neg-toggle').getAttribute('aria-expanded')).toBe(
      'true',
    );
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Read it in the article');
  });

  it('lands a link followed from the reader on the view’s event, not on the leaving reader’s', async () => {
    // The reader's timeline shows the same event, under the same id, until the view is drawn.
    const page = await reader.open('#/read/dailynk-train-service-talks/e-china-rejects-nampo');
    await page.waitForFunction(() => document.activeElement?.id === 'e-china-rejects-nampo');
    await page.evaluate((hash) => {
      location.hash = hash;
    }, `${VIEW}/e-china-rejects-nampo`);
    await page.waitForFunction(
      () =>
        document.activeElement?.id === 'e-china-rejects-nampo' &&
        document.activeElement.closest('.pv-neg-page') !== null,
    );
    await expect.poll(() => page.locator('[id="e-china-rejects-nampo"]').count()).toBe(1);
    expect(await page.locator('#pv-rail').count()).toBe(0);
  });

  it('hides the reader the moment a link leaves it: no box, nothing of it visible', async () => {
    const page = await reader.open('#/read/dailynk-train-service-talks');
    await page.waitForSelector('#pv-rail');
    // Seen the moment the reader's slot is hidden (before any frame), until it is removed.
    await page.evaluate(() => {
      const slot = document.querySelector('.pv-reader-slot');
      const seen: unknown[] = [];
      Object.assign(window, { leftReader: seen });
      new MutationObserver(() => {
        if (seen.length > 0 || !slot?.hasAttribute('hidden')) return;
        seen.push({
          hidden: true,
          height: slot.getBoundingClientRect().height,
          railVisible: document.getElementById('pv-rail')?.checkVisibility(),
        });
      }).observe(slot ?? document.body, { attributes: true });
    });
    await page.getByRole('link', { name: 'Negotiation view: who asked, who answered' }).click();
    await page.waitForFunction(() => (window as unknown as { leftReader: unknown[] }).leftReader.length > 0);
    const [left] = await page.evaluate(() => (window as unknown as { leftReader: unknown[] }).leftReader);
    expect(left).toEqual({ hidden: true, height: 0, railVisible: false });
    await page.waitForSelector('.pv-neg-row');
  });

  it('rehearses the view out of sight while the reader is idle, and leaves the reader as it was', async () => {
    const page = await reader.open('#/read/dailynk-train-service-talks/q-bewildered');
    await page.waitForFunction(() => document.activeElement?.id === 'q-bewildered');
    const before = await page.evaluate(() => ({ title: document.title, y: Math.round(scrollY) }));
    // Watched from now: the rehearsal comes once the reader has been idle a few seconds.
    await page.evaluate(() => {
      const seen: { hidden: boolean; rows: string[] }[] = [];
      Object.assign(window, { rehearsals: seen });
      new MutationObserver(() => {
        const host = document.querySelector<HTMLElement>('.pv-rehearsal');
        const rows = [...(host?.querySelectorAll('.pv-neg-row') ?? [])].map((row) => row.id);
        if (host && rows.length > 0 && seen.length === 0)
          seen.push({ hidden: host.inert && getComputedStyle(host).visibility === 'hidden', rows });
      }).observe(document.body, { childList: true, subtree: true });
    });
    await page.waitForFunction(() => (window as unknown as { rehearsals: unknown[] }).rehearsals.length > 0, {
      timeout: 20_000,
    });
    await page.waitForFunction(() => document.querySelector('.pv-rehearsal') === null);
    const [seen] = await page.evaluate(
      () => (window as unknown as { rehearsals: { hidden: boolean; rows: string[] }[] }).rehearsals,
    );
    expect(seen?.hidden).toBe(true);
    expect(seen?.rows.every((id) => id.startsWith('pv-rehearsal-'))).toBe(true);
    expect(await page.locator('[id^="pv-rehearsal-"]').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q-bewildered');
    expect(await page.evaluate(() => ({ title: document.title, y: Math.round(scrollY) }))).toEqual(before);
  });

  it('opens from the header and from the rail’s timeline', async () => {
    const page = await reader.open('#/read/dailynk-train-service-talks');
    await page.getByRole('link', { name: 'Negotiation view: who asked, who answered' }).click();
    await openView(page);
    expect(await page.evaluate(() => location.hash)).toBe(VIEW);
    await page.goBack();
    await page.click('role=tab[name="Timeline"]');
    const link = page.getByRole('link', { name: 'Open the negotiation view' });
    expect(await link.getAttribute('href')).toBe(VIEW);
  });

  it('leaves the header’s link to the view, and the site’s to the list, out of the reader embed', async () => {
    const page = await reader.open('#/read/dailynk-train-service-talks');
    const link = page.getByRole('link', { name: 'Negotiation view: who asked, who answered' });
    const list = page.getByRole('link', { name: 'All articles' });
    expect([await link.isVisible(), await list.isVisible()]).toEqual([true, true]);
    await page.goto(`${reader.server.url}#/embed/dailynk-train-service-talks?view=reader`);
    await page.locator('.pv-embed--reader h1').waitFor();
    // Not links a reader (or a screen reader) meets in the embed, though the reader's page holds them:
    // each would take the host page's frame elsewhere.
    expect([await link.count(), await list.count()]).toEqual([0, 0]);
    for (const selector of ['.pv-header-view-link a', '.pv-site-bar a']) {
      expect(await page.locator(selector).count()).toBe(1);
      expect(await page.locator(selector).isVisible()).toBe(false);
    }
  });

  it('works on the second test article: one phase by month, one answer drawn', async () => {
    const page = await reader.open('#/negotiation/harbour-council-vote');
    await openView(page);
    expect(await page.locator('.pv-neg-phase-title').allTextContents()).toEqual([
      'March 2024 March 1–12, 2024',
    ]);
    expect(await page.locator('.pv-neg-count').textContent()).toBe('3 events, 1 answer drawn');
    expect(await page.getByRole('list', { name: 'Who answered whom' }).textContent()).toBe(
      'Dockworkers’ union answered Harbour council once: 1 rejection',
    );
    const g = await connectorGeometry(page, 'e-review-offer', 'e-union-rejects');
    expect(Math.abs(g.end[0]!.right - g.to.left)).toBeLessThan(3);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('prints the seed’s view on at most two pages, A4 and Letter', async () => {
    const page = await reader.open(VIEW);
    await openView(page);
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = (await page.pdf({ format, printBackground: true })).toString('latin1');
      const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      expect(pages, format).toBeGreaterThan(0);
      expect(pages, format).toBeLessThanOrEqual(2);
    }
  });

  it('has no accessibility violations, graphic and list, filters open', async () => {
    const page = await reader.open(VIEW);
    await openView(page);
    await page.getByRole('button', { name: 'Filter events' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'List' }).click();
    await page.waitForSelector('.pv-neg-list');
    expect(await page.locator('.pv-neg-list li').count()).toBe(21);
    expect(await page.locator('.pv-neg-list').textContent()).toContain(
      'China objects to North Korea’s request.',
    );
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('the negotiation view in dark and on a phone', () => {
  const reader = useReader({ colorScheme: 'dark' });

  it('has no accessibility violations in the dark theme', async () => {
    const page = await reader.open(VIEW);
    await openView(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('keeps the columns side by side at 375 px, marks by shape; screenshots at 1280 and 375', async () => {
    mkdirSync(SHOTS, { recursive: true });
    for (const width of [1280, 375]) {
      const session = await openBrowser(reader.server.origin, { width, height: 800 });
      try {
        await session.page.goto(`${reader.server.url}${VIEW}`);
        await openView(session.page);
        const heads = await session.page.$$eval('.pv-neg-head', (els) =>
          els.map((el) => {
            const r = el.getBoundingClientRect();
            return { top: Math.round(r.top), left: r.left, right: r.right, shape: !!el.querySelector('svg') };
          }),
        );
        expect(heads).toHaveLength(3);
        expect(new Set(heads.map((h) => h.top)).size).toBe(1);
        // Who answered whom, and how, is said on the first screen, above the graphic.
        const digest = session.page.getByRole('list', { name: 'Who answered whom' });
        expect(await digest.textContent()).toBe(
          'China answered North Korea 4 times: 2 objections, 1 rejection, 1 statement',
        );
        const digestBox = await digest.boundingBox();
        expect(digestBox && digestBox.y + digestBox.height <= 800).toBe(true);
        expect(digestBox!.y).toBeLessThan(heads[0]!.top);
        expect(heads.every((h) => h.shape && h.right <= width)).toBe(true);
        expect(heads[0]!.right).toBeLessThanOrEqual(heads[1]!.left);
        const shapes = await session.page.$$eval('.pv-neg-card-head', (els) =>
          els.every((el) => el.querySelector('.pv-neg-shape') !== null),
        );
        expect(shapes).toBe(true);
        expect(await session.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          width,
        );
        // A line running down a gutter is never hidden behind an event's summary (on a phone
        // the summary spans the columns, and so the gutters between them).
        const covering = await session.page.evaluate(() => {
          const lines = [...document.querySelectorAll('.pv-neg-v')].map((el) => el.getBoundingClientRect());
          return [...document.querySelectorAll('.pv-neg-title')].flatMap((title) => {
            const r = title.getBoundingClientRect();
            const crossed = lines.some(
              (l) =>
                l.width > 0 && l.left < r.right && l.right > r.left && l.top < r.bottom && l.bottom > r.top,
            );
            const { backgroundColor } = getComputedStyle(title);
            return crossed && backgroundColor !== 'rgba(0, 0, 0, 0)' ? [title.textContent] : [];
          });
        });
        expect(covering).toEqual([]);
        await session.page.screenshot({ path: `${SHOTS}/seed-${width}.png`, fullPage: true });
        await session.page.locator('#phase-renegotiation-title').scrollIntoViewIfNeeded();
        await session.page.screenshot({ path: `${SHOTS}/seed-${width}-renegotiation.png` });
        expect(session.pageErrors).toEqual([]);
      } finally {
        await session.close();
      }
    }
  });
});
