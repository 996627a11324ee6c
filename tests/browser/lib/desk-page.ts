import type { Page } from 'playwright-core';
import { waitForApp } from './reader-page';

/** A desk with nothing saved on this device: the start screen. */
export async function openNewDesk(page: Page, base: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`${base}#/articles`);
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('provenance-desk');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(new Error('could not clear the desk’s storage'));
      }),
  );
  await page.goto('about:blank');
  await page.goto(`${base}#/desk`);
  await waitForApp(page);
  await page.getByRole('heading', { name: 'Start an article' }).waitFor();
}

/** Pastes plain text and drafts from it, as an editor does (two actions). */
export async function pasteText(page: Page, text: string): Promise<void> {
  await page.getByLabel('Article text').fill(text);
  await page.getByRole('button', { name: 'Draft from this text' }).click();
  await page.getByText(/of \d+ reviewed/).waitFor();
}

/** Selects words in the read-only text as a mouse would (a DOM selection over them). */
export async function selectWords(page: Page, words: string): Promise<void> {
  await page.evaluate((wanted) => {
    const root = document.querySelector('.pv-desk-text');
    if (!root) throw new Error('no desk text');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return;
    }
    throw new Error(`“${wanted}” is not in one text node`);
  }, words);
}
