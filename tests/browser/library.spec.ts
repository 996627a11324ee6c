import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ArticleIndex } from '../../src/article/article-index-schema';
import { buildArticleIndex, articleIndexJson } from '../../src/publish/article-index';
import { generatedArticleFiles } from '../fixtures/generated-articles';
import { SEED_ARTICLE_FILE } from '../fixtures/load-fixture';
import { axeViolations } from './lib/axe';
import { useReader } from './lib/reader-page';

// A newsroom's worth of articles: the generated set (with its invalid files left out by the
// same code the build runs) plus the bundled article, served as the built site would be.
const generated = generatedArticleFiles(40);
const files = [
  ...generated.files,
  { file: 'dailynk-train-service-talks.json', text: readFileSync(SEED_ARTICLE_FILE, 'utf8') },
];
const { index } = buildArticleIndex(files);
const texts = new Map(files.map(({ file, text }) => [file, text]));

function entryNamed(name: string): ArticleIndex['articles'][number] {
  const entry = index.articles.find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`no ${name} in the generated index`);
  return entry;
}

describe('the article list in Chromium', () => {
  const reader = useReader({
    handlers: [
      (req, res) => {
        if (req.url?.endsWith('/article-index.json')) {
          res.writeHead(200, { 'content-type': 'application/json' }).end(articleIndexJson(index));
          return true;
        }
        const file = /\/articles\/(story-\d+\.json)$/.exec(req.url ?? '')?.[1];
        const text = file ? texts.get(file) : undefined;
        if (text === undefined) return false;
        res.writeHead(200, { 'content-type': 'application/json' }).end(text);
        return true;
      },
    ],
  });

  it('finds an article by a word of its headline, says how many match, and opens it', async () => {
    const page = await reader.open('#/articles');
    await page.getByRole('status').filter({ hasText: 'articles, newest first' }).waitFor();
    expect(await page.getByRole('listitem').count()).toBe(index.articles.length);
    // "Council weighs plan number seventeen for the harbour": the one headline with that word.
    await page.getByRole('searchbox', { name: 'Search articles' }).fill('Seventeen');
    await page
      .getByRole('status')
      .filter({ hasText: `1 of ${index.articles.length} articles match` })
      .waitFor();
    const headline = entryNamed('story-017').headline;
    await page.getByRole('link', { name: headline }).click();
    await page.waitForSelector(`h1:has-text("${headline}")`);
    expect(new URL(page.url()).hash).toBe('#/read/story-017');
    expect(reader.session.foreignRequests).toEqual([]);
  });

  it('narrows the list by publisher and year from the keyboard, and clears the filters', async () => {
    const page = await reader.open('#/articles');
    const publisher = page.getByRole('combobox', { name: 'Publisher' });
    await publisher.focus();
    await publisher.selectOption('Valley Courier');
    await page.getByRole('combobox', { name: 'Year' }).selectOption('2022');
    const expected = index.articles.filter(
      (entry) => entry.publisher === 'Valley Courier' && entry.published.latest?.startsWith('2022'),
    );
    expect(expected.length).toBeGreaterThan(0);
    await page
      .getByRole('status')
      .filter({ hasText: `${expected.length} of ${index.articles.length}` })
      .waitFor();
    expect(await page.locator('.pv-library-headline').allTextContents()).toEqual(
      expected.map((entry) => entry.headline),
    );
    expect(new URL(page.url()).hash).toBe('#/articles?publisher=Valley+Courier&year=2022');
    await page.getByRole('button', { name: 'Clear search and filters' }).press('Enter');
    await page.getByRole('status').filter({ hasText: 'articles, newest first' }).waitFor();
  });

  it('says so when nothing matches', async () => {
    const page = await reader.open('#/articles?q=zebra');
    await page
      .getByRole('status')
      .filter({ hasText: `No articles match, of ${index.articles.length}` })
      .waitFor();
    expect(await page.getByRole('list').count()).toBe(0);
  });

  it('is linked from every reader page', async () => {
    const page = await reader.open('#/read/story-003');
    const link = page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'All articles' });
    // Above the article's text, lined up with it, beside the rail or above the one column.
    for (const width of [1500, 1280, 375]) {
      await page.setViewportSize({ width, height: 800 });
      const [linkLeft, textLeft] = await Promise.all(
        [link, page.locator('.pv-article-header .pv-kicker')].map(async (l) => (await l.boundingBox())?.x),
      );
      expect(linkLeft, `at ${width} px`).toBeCloseTo(textLeft ?? NaN, 0);
    }
    await link.click();
    await page.getByRole('heading', { name: 'All articles', level: 1 }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/articles');
    // Arriving from the article, focus is on the list's heading.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('All articles');
  });

  it('is linked from “Article not found”', async () => {
    const page = await reader.open('#/read/no-such-article');
    expect(await page.textContent('h1')).toBe('Article not found');
    await page.getByRole('link', { name: 'Browse all articles' }).click();
    await page.getByRole('heading', { name: 'All articles', level: 1 }).waitFor();
    await page.getByRole('status').filter({ hasText: 'articles, newest first' }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/articles');
  });

  it.each(['light', 'dark'] as const)('has no axe violations (%s)', async (scheme) => {
    await reader.page.emulateMedia({ colorScheme: scheme });
    const page = await reader.open('#/articles?q=council');
    await page.getByRole('status').filter({ hasText: 'match' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
