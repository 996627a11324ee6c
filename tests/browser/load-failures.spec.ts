import { describe, expect, it } from 'vitest';
import { SMALL_ARTICLE_FILE, readText } from '../fixtures/load-fixture';
import { layoutShifts, watchLayoutShifts } from './lib/layout-shifts';
import { useReader } from './lib/reader-page';

let failuresLeft = 0;

describe('loading failures in Chromium', () => {
  const reader = useReader({
    handlers: [
      (req, res) => {
        if (!req.url?.endsWith('/articles/flaky.json')) return false;
        if (failuresLeft > 0) {
          failuresLeft -= 1;
          res.writeHead(500).end('server error');
          return true;
        }
        req.url = req.url.replace('flaky.json', 'harbour-council-vote.json');
        return false;
      },
    ],
  });

  it('lists an invalid article’s problems with file and field path', async () => {
    const page = await reader.open('#/read/invalid-dangling-speaker');
    const alert = page.getByRole('alert');
    expect(await page.textContent('h1')).toBe('The article file has problems');
    expect(await alert.textContent()).toContain('articles/invalid-dangling-speaker.json');
    expect(await alert.textContent()).toContain('quotes[0].speakerId "s-nobody" names no source');
  });

  it('says a missing article was not found and links to the bundled one', async () => {
    const page = await reader.open('#/read/no-such-article');
    expect(await page.textContent('h1')).toBe('Article not found');
    await page.getByRole('link', { name: 'Open the bundled article' }).click();
    await page.waitForSelector('h1:has-text("North Korea")');
    expect(new URL(page.url()).hash).toBe('#/');
  });

  it('shows a server error with a retry that works once the server recovers', async () => {
    failuresLeft = 100;
    const page = await reader.open('#/read/flaky');
    await page.waitForSelector('h1:has-text("could not be loaded")', { timeout: 20_000 });
    expect(await page.getByRole('alert').textContent()).toContain('the server answered HTTP 500');
    failuresLeft = 0;
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.waitForSelector('h1:has-text("Harbour council")');
  });
});

describe('slow, stalled and odd responses in Chromium', () => {
  const reader = useReader({
    handlers: [
      (req, res) => {
        const url = req.url ?? '';
        if (url.endsWith('/articles/slow.json')) {
          setTimeout(() => {
            res.writeHead(200, { 'content-type': 'application/json' }).end(readText(SMALL_ARTICLE_FILE));
          }, 1500);
          return true;
        }
        if (url.endsWith('/articles/stalled.json')) {
          // Headers and half the body, then nothing: a response that never ends.
          res.writeHead(200, { 'content-type': 'application/json' });
          res.write(readText(SMALL_ARTICLE_FILE).slice(0, 500));
          return true;
        }
        if (url.endsWith('/articles/html-page.json')) {
          res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Home</title>');
          return true;
        }
        return false;
      },
    ],
  });

  it('shows a loading state during a slow response, then the article', async () => {
    const page = reader.page;
    await page.goto('about:blank');
    await page.goto(`${reader.server.url}#/read/slow`);
    await page.getByRole('status').filter({ hasText: 'Loading the article' }).waitFor();
    await page.waitForSelector('h1:has-text("Harbour council")');
  });

  it('keeps an embed still while its article is slow to come: nothing moves when the view arrives', async () => {
    const page = await reader.session.context.newPage();
    await page.setViewportSize({ width: 412, height: 823 });
    await watchLayoutShifts(page);
    await page.goto(`${reader.server.url}#/embed/slow?view=reader`);
    await page.getByRole('status').filter({ hasText: 'Loading the article' }).waitFor();
    await page.waitForSelector('h1:has-text("Harbour council")');
    await page.getByRole('link', { name: /Open in Provenance/ }).waitFor();
    const { total, shifts } = await layoutShifts(page);
    expect(total, JSON.stringify(shifts)).toBeLessThan(0.02);
    await page.close();
  });

  it('gives up on a response that never ends and says so, with a retry', async () => {
    const page = reader.page;
    await page.goto('about:blank');
    await page.goto(`${reader.server.url}#/read/stalled`);
    // The first attempt and its retries each wait for the timeout; the message comes at last.
    await page.waitForSelector('h1:has-text("could not be loaded")', { timeout: 80_000 });
    expect(await page.getByRole('alert').textContent()).toContain('did not finish sending the file');
    expect(await page.getByRole('button', { name: 'Try again' }).isEnabled()).toBe(true);
  }, 90_000);

  it('says a web page came back instead of an article', async () => {
    const page = await reader.open('#/read/html-page');
    expect(await page.textContent('h1')).toBe('Article not found');
    expect(await page.getByRole('alert').textContent()).toContain('sent a web page instead of an article');
  });

  it('keeps the article readable after going offline, and loads the next one when back online', async () => {
    const page = await reader.open('#/read/harbour-council-vote');
    await reader.session.context.setOffline(true);
    await page.locator('#a-mayor .pv-source-toggle').click();
    expect(await page.getByRole('group', { name: 'Source card: Mayor Ana Ortiz' }).isVisible()).toBe(true);
    await page.evaluate(() => {
      window.location.hash = '#/read/dailynk-train-service-talks';
    });
    await page.waitForSelector('h1:has-text("You are offline")');
    await reader.session.context.setOffline(false);
    await page.waitForSelector('h1:has-text("North Korea")');
  });
});
