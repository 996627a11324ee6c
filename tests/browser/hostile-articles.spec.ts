import { describe, expect, it } from 'vitest';
import { PAYLOAD, hostileCorpus } from '../fixtures/hostile-corpus';
import { useReader } from './lib/reader-page';

const corpus = new Map(hostileCorpus().map((c) => [`corpus-${c.name}`, c]));

describe('broken and hostile articles in Chromium', () => {
  const reader = useReader({
    handlers: [
      (req, res) => {
        const name = /\/articles\/(corpus-[a-z0-9-]+)\.json$/.exec(req.url ?? '')?.[1];
        const found = name ? corpus.get(name) : undefined;
        if (!found) return false;
        res.writeHead(200, { 'content-type': 'application/json' }).end(found.text);
        return true;
      },
    ],
  });

  it.each([...corpus.keys()])(
    '%s: says what is wrong, or shows it all as text; runs nothing',
    async (name) => {
      const corpusCase = corpus.get(name)!;
      const page = await reader.open(`#/read/${name}`);
      if (corpusCase.problems.length > 0) {
        const alert = (await page.getByRole('alert').first().textContent()) ?? '';
        expect(alert).toContain(`articles/${name}.json`);
        for (const [path, words] of corpusCase.problems) {
          expect(alert).toContain(path);
          expect(alert).toContain(words);
        }
      } else {
        const text = (await page.locator('article').textContent()) ?? '';
        const headline = JSON.parse(corpusCase.text.replace(/^\uFEFF/, '')) as {
          meta: { headline: { text: string } };
        };
        expect(await page.textContent('h1')).toBe(headline.meta.headline.text);
        if (name.includes('html')) expect(text).toContain(PAYLOAD);
      }
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('img[src="x"], article script').count()).toBe(0);
      expect(reader.session.foreignRequests).toEqual([]);
    },
  );

  it('lists the first 50 of thousands of problems and counts the rest', async () => {
    const page = await reader.open('#/read/corpus-five-thousand-empty-sources');
    const alert = page.getByRole('alert');
    expect(await alert.locator('.pv-problems li').count()).toBe(50);
    expect(await alert.textContent()).toMatch(/…and [\d,]+ more problems\./);
  });

  it('says a list of a million items is too long, as a problem with the file', async () => {
    const page = await reader.open('#/read/corpus-a-million-empty-sources');
    expect(await page.textContent('h1')).toBe('The article file has problems');
    expect(await page.getByRole('alert').textContent()).not.toContain('connection');
  });
});
