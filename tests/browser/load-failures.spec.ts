import { describe, expect, it } from 'vitest';
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
