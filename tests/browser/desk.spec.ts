import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readText } from '../fixtures/load-fixture';
import { tempDirForTest } from '../fixtures/temp-dir';
import { useReader, waitForApp } from './lib/reader-page';
import { openNewDesk, pasteText, selectWords } from './lib/desk-page';
import { axeViolations } from './lib/axe';

const TEXT = readText('tests/fixtures/desk/ferry-fares.txt');

/** Every click, key press and typed field in the measured flow. */
let actions = 0;

async function paste(page: Page) {
  await pasteText(page, TEXT);
  actions += 2;
}

describe('the editor’s desk', () => {
  const reader = useReader();

  it('is not part of the reader’s first download, and the reader links to it', async () => {
    const page = await reader.open('#/');
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => name.endsWith('.js')),
    );
    expect(scripts.some((name) => name.includes('desk'))).toBe(false);
    const link = page.getByRole('link', { name: 'Edit this article' });
    await link.click();
    await page.getByRole('heading', { name: /Review/ }).waitFor();
    expect(page.url()).toContain('#/desk/dailynk-train-service-talks');
  });

  it('leads from its start page to the other articles, lined up with the page', async () => {
    const page = reader.page;
    await openNewDesk(page, reader.server.url);
    const link = page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'All articles' });
    const [linkLeft, titleLeft] = await Promise.all(
      [link, page.getByRole('heading', { name: 'Start an article' })].map(
        async (l) => (await l.boundingBox())?.x,
      ),
    );
    expect(linkLeft).toBeCloseTo(titleLeft ?? NaN, 0);
    await link.click();
    await page.getByRole('heading', { name: 'All articles', level: 1 }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/articles');
  });

  it('turns selected words into a quotation by a new speaker', async () => {
    const page = reader.page;
    await openNewDesk(page, reader.server.url);
    await paste(page);
    await selectWords(page, 'The operator never showed us its accounts,');
    await page.getByRole('heading', { name: 'Selected words' }).waitFor();
    // The ingest already made this a quotation: the desk refuses a second one over it.
    await page.getByLabel('Speaker', { exact: true }).selectOption({ label: 'New source…' });
    await page.getByLabel('New source’s name').fill('Councillor Ana Ruiz (duplicate)');
    await page.getByRole('button', { name: 'Add quotation' }).click();
    await page.getByRole('alert').filter({ hasText: 'already part of a quotation' }).waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
    // A new quotation on unquoted words.
    await selectWords(page, 'raise fares by a fifth');
    await page.getByLabel('Speaker', { exact: true }).selectOption({ index: 0 });
    await page.getByRole('button', { name: 'Add quotation' }).click();
    await page.getByRole('button', { name: 'Quotations' }).click();
    await page.getByRole('checkbox', { name: 'Only items to review' }).uncheck();
    await page.getByRole('button', { name: '“raise fares by a fifth”' }).waitFor();
  });

  it('merges two sources into one', async () => {
    const page = reader.page;
    await openNewDesk(page, reader.server.url);
    await paste(page);
    await page.getByRole('button', { name: /^Sources/ }).click();
    const rows = page.locator('.pv-desk-row');
    const before = await rows.count();
    expect(before).toBeGreaterThan(1);
    await rows.first().getByRole('button', { name: 'Correct' }).click();
    await page.getByLabel('Same person or body as').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => rows.count()).toBe(before - 1);
  });

  it('proposes an event’s dates from its phrase and the publication date', async () => {
    const page = reader.page;
    await openNewDesk(page, reader.server.url);
    await paste(page);
    await page.getByText('Headline, publisher and date').click();
    const details = page.locator('.pv-desk-meta');
    await details.getByLabel('Date phrase').fill('March 20, 2025');
    await details.getByRole('button', { name: 'Propose dates' }).click();
    await details.getByRole('button', { name: 'Save details' }).click();
    await selectWords(page, 'asked the council for a subsidy');
    await page.getByRole('button', { name: 'Event', exact: true }).click();
    const form = page.locator('.pv-desk-selection');
    await form.getByLabel('Date phrase').fill('early March');
    await form.getByRole('button', { name: 'Propose dates' }).click();
    expect(await form.getByLabel('From', { exact: true }).inputValue()).toBe('2025-03-01');
    expect(await form.getByLabel('To', { exact: true }).inputValue()).toBe('2025-03-10');
  });

  it('keeps the work across a reload', async () => {
    const page = reader.page;
    await openNewDesk(page, reader.server.url);
    await paste(page);
    const progress = await page.getByText(/of \d+ reviewed/).textContent();
    await page.getByRole('button', { name: 'Accept' }).first().click();
    await expect.poll(() => page.getByText(/of \d+ reviewed/).textContent()).not.toBe(progress);
    const after = await page.getByText(/of \d+ reviewed/).textContent();
    await page.getByText('Saved on this device').waitFor();
    await page.reload();
    await waitForApp(page);
    await page.getByText('Your earlier work on this article was restored').waitFor();
    expect(await page.getByText(/of \d+ reviewed/).textContent()).toBe(after);
    await page.getByRole('button', { name: 'Discard local work' }).click();
    await page.getByRole('heading', { name: 'Start an article' }).waitFor();
  });

  it('takes a pasted text to a fully reviewed export that validates, by the UI alone', async () => {
    const page = reader.page;
    await openNewDesk(page, reader.server.url);
    actions = 0;
    const started = Date.now();
    await paste(page);
    const details = page.locator('.pv-desk-meta');
    await page.getByText('Headline, publisher and date').click();
    await details.getByLabel('Headline').fill('Ferry fares to rise by a fifth');
    await details.getByLabel('Date phrase').fill('March 20, 2025');
    await details.getByRole('button', { name: 'Propose dates' }).click();
    await details.getByRole('button', { name: 'Save details' }).click();
    actions += 5;
    // The ingest found the councillor twice ("Councillor Ana Ruiz", "Ruiz"): one merge.
    await page.getByRole('button', { name: /^Sources/ }).click();
    actions += 1;
    const ruiz = page.locator('.pv-desk-row').filter({ hasText: /^Ruiz/ });
    if ((await ruiz.count()) > 0) {
      await ruiz.getByRole('button', { name: 'Correct' }).click();
      await page.getByLabel('Same person or body as').selectOption({ label: 'Councillor Ana Ruiz' });
      await page.getByRole('button', { name: 'Save' }).click();
      actions += 3;
    }
    for (const kind of ['Sources', 'Attributions', 'Quotations', 'Events', 'Notes']) {
      const chip = page.getByRole('button', { name: new RegExp(`^${kind}`) });
      await chip.click();
      actions += 1;
      const all = page.getByRole('button', { name: /^Accept all/ });
      if ((await all.count()) > 0) {
        await all.click();
        actions += 1;
      }
    }
    await page.getByText(/nothing left to review/).waitFor();
    const problems = page.getByRole('tab', { name: /Problems/ });
    expect(await problems.textContent()).toBe('Problems (0)');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export JSON' }).click();
    actions += 1;
    const file = join(tempDirForTest('desk'), 'ferry-fares.json');
    await (await download).saveAs(file);
    const seconds = (Date.now() - started) / 1000;
    console.log(`desk flow: ${actions} actions, ${seconds.toFixed(1)} s`);
    const exported = JSON.parse(readText(file)) as { meta: { draft?: boolean; headline: { text: string } } };
    expect(exported.meta.draft).toBeUndefined();
    expect(exported.meta.headline.text).toBe('Ferry fares to rise by a fifth');
    // The same check as `npm run validate`, by the CLI itself: it exits 1 on any problem.
    execFileSync('npx', ['tsx', 'src/cli/validate.ts', file], { stdio: 'pipe' });
  });

  it('selects words with the keyboard alone and makes them a quotation', async () => {
    const page = reader.page;
    await openNewDesk(page, reader.server.url);
    await paste(page);
    const text = page.getByRole('textbox', { name: 'Article text' });
    await text.focus();
    const caret = page.locator('.pv-desk-caret');
    await caret.waitFor();
    expect((await caret.boundingBox())?.height).toBeGreaterThan(8);
    for (let i = 0; i < 4; i++) await page.keyboard.press('Control+Shift+ArrowRight');
    const panel = page.locator('.pv-desk-selection');
    await expect.poll(() => panel.locator('blockquote').textContent()).toBe('The island ferry operator');
    await page.getByRole('status').filter({ hasText: 'Selected: The island ferry operator' }).waitFor();
    // One word less, then Enter: on to the choice of what the words become.
    await page.keyboard.press('Control+Shift+ArrowLeft');
    await expect.poll(() => panel.locator('blockquote').textContent()).toBe('The island ferry');
    await page.keyboard.press('Control+Shift+ArrowRight');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Quotation');
    const add = panel.getByRole('button', { name: 'Add quotation' });
    for (let i = 0; i < 12 && !(await add.evaluate((b) => b === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await panel.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Quotations' }).click();
    await page.getByRole('checkbox', { name: 'Only items to review' }).uncheck();
    await page.getByRole('button', { name: '“The island ferry operator”' }).waitFor();
  }, 60_000);

  it('on a phone, leads from the selected words down to their form', async () => {
    const page = reader.page;
    await page.setViewportSize({ width: 375, height: 800 });
    try {
      await openNewDesk(page, reader.server.url);
      await paste(page);
      await selectWords(page, 'raise fares by a fifth');
      const jump = page.getByRole('button', { name: /^Make the selected words/ });
      await jump.click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Quotation');
      const form = await page.locator('.pv-desk-selection').boundingBox();
      expect(form && form.y < 800 && form.y + 40 > 0).toBe(true);
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('has no accessibility violations with any of its forms open', async () => {
    const page = reader.page;
    await openNewDesk(page, reader.server.url);
    await paste(page);
    const found: string[] = [];
    const check = async (form: string) => {
      found.push(...(await axeViolations(page)).map((v) => `${form}: ${v}`));
    };
    const panel = page.locator('.pv-desk-selection');
    await selectWords(page, 'raise fares by a fifth');
    await check('quotation');
    await panel.getByLabel('Speaker', { exact: true }).selectOption({ label: 'New source…' });
    await check('quotation with a new speaker');
    for (const action of ['Attribution', 'Note', 'Event']) {
      await panel.getByRole('button', { name: action, exact: true }).click();
      await check(action);
    }
    await panel.getByLabel('Date phrase').fill('early March');
    await panel.getByRole('button', { name: 'Propose dates' }).click();
    await check('event with proposed dates');
    await selectWords(page, 'night crossings');
    await panel.getByRole('button', { name: 'Insertion', exact: true }).click();
    await panel.getByLabel('In the quotation').waitFor();
    await check('insertion');
    await panel.getByRole('button', { name: 'Note', exact: true }).click();
    await panel.getByLabel('Title').fill('Night crossings');
    await panel.getByLabel('Note', { exact: true }).fill('The late ferries.');
    await panel.getByRole('button', { name: 'Add note' }).click();
    await page.getByText('Headline, publisher and date').click();
    await check('publication date helper');
    await page.getByText('Headline, publisher and date').click();
    const editor = page.locator('.pv-desk-editor');
    for (const kind of ['Sources', 'Attributions', 'Quotations', 'Events', 'Notes']) {
      await page.getByRole('button', { name: new RegExp(`^${kind}`) }).click();
      await page.getByRole('checkbox', { name: 'Only items to review' }).uncheck();
      await page.locator('.pv-desk-row').first().getByRole('button', { name: 'Correct' }).click();
      await editor.waitFor();
      await check(`${kind} editor`);
      await editor.getByRole('button', { name: 'Cancel' }).click();
      await page.getByRole('checkbox', { name: 'Only items to review' }).check();
    }
    await page.getByRole('button', { name: /^Sources/ }).click();
    await page.getByRole('button', { name: 'New source' }).click();
    await check('new source');
    // The busiest form, in the dark theme too.
    await page.emulateMedia({ colorScheme: 'dark' });
    await selectWords(page, 'raise fares by a fifth');
    await panel.getByRole('button', { name: 'Event', exact: true }).click();
    await check('event, dark');
    await page.emulateMedia({ colorScheme: 'light' });
    expect(found).toEqual([]);
    // Fourteen axe runs over the whole desk: slow on a busy machine, an honest timeout.
  }, 180_000);

  it('has no accessibility violations on the desk', async () => {
    const page = reader.page;
    await openNewDesk(page, reader.server.url);
    await paste(page);
    expect(await axeViolations(page)).toEqual([]);
  });
});
