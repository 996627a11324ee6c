import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, type Handler } from '../../tools/static-server';
import { SMALL_ARTICLE_FILE } from '../fixtures/load-fixture';
import { layoutShifts, watchLayoutShifts } from './lib/layout-shifts';
import { useReader, waitForApp } from './lib/reader-page';

// Issue 21's budget: a page's layout shift under 0.02 everywhere, not only at the bench's
// 1280 px. Each article file comes a little late, so that every loading state is drawn before
// what replaces it (a fast machine would otherwise skip the frames where a page jumps).
const LATE_MS = 300;
const SEED = 'dailynk-train-service-talks';
const OTHER = 'harbour-council-vote';

function lateArticles(): Handler {
  const fixtures = join(SMALL_ARTICLE_FILE, '..');
  return (req, res) => {
    const name = /\/articles\/([a-z0-9-]+\.json)$/.exec(req.url ?? '')?.[1];
    const file = name && [join(distDir, 'articles', name), join(fixtures, name)].find(existsSync);
    if (!file) return false;
    setTimeout(() => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(readFileSync(file));
    }, LATE_MS);
    return true;
  };
}

/** Where a page goes, and what shows it has arrived (its last part to come). */
const PAGES: [label: string, fragment: string, arrived: string][] = [
  ['the bundled article', '', '#pv-rail [role="tab"]'],
  ['a deep link to an attribution', `#/read/${SEED}/a-china-objected`, '#card-a-china-objected'],
  ['a plain #ID anchor to a quote', '#q-scuttled', '#card-q-scuttled'],
  ['another article', `#/read/${OTHER}`, '#pv-rail [role="tab"]'],
  ['the negotiation view', `#/negotiation/${SEED}`, '.pv-neg-row'],
  ['the article list', '#/articles', '.pv-library-list li'],
  ['the timeline embed', `#/embed/${SEED}?view=timeline`, '.pv-embed-footer'],
  ['the reader embed', `#/embed/${SEED}?view=reader`, '.pv-embed-footer'],
  ['a quote embed', `#/embed/${SEED}/q-bewildered`, '.pv-embed-footer'],
  ['a missing article', '#/read/no-such-article', 'h1'],
  ['the desk', '#/desk', '.pv-desk-site'],
];

describe.each([
  [375, 740],
  [1280, 900],
])('layout shift as each page loads, at %i px', (width, height) => {
  const reader = useReader({ width, height, handlers: [lateArticles()] });

  it.each(PAGES)('%s: under 0.02', async (_label, fragment, arrived) => {
    const page = await reader.session.context.newPage();
    await watchLayoutShifts(page);
    await page.goto(`${reader.server.url}${fragment}`);
    await waitForApp(page);
    await page.waitForSelector(arrived, { state: 'attached' });
    await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null);
    const { total, shifts } = await layoutShifts(page);
    expect(total, JSON.stringify(shifts)).toBeLessThan(0.02);
    await page.close();
  });
});
