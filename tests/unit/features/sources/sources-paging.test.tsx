import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseArticleData } from '../../../../src/article/parse-article';
import { scaleArticle } from '../../../../tools/scale-article';
import { renderApp } from '../../render-app';
import { SEED_ARTICLE_FILE, readText } from '../../../fixtures/load-fixture';

const NAME = 'long-sources';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The seed ten times over: 70 sources. */
function longArticleText(): { text: string; lastSourceId: string } {
  const result = parseArticleData(JSON.parse(readText(SEED_ARTICLE_FILE)));
  if (!result.ok) throw new Error('seed is invalid');
  const article = scaleArticle(result.article, 10, NAME);
  return { text: JSON.stringify(article), lastSourceId: article.sources.at(-1)?.id ?? '' };
}

async function open(path: string) {
  const { text, lastSourceId } = longArticleText();
  renderApp(path.replace('LAST', lastSourceId), () => ({ status: 200, body: text }));
  const panel = await screen.findByRole('region', { name: /^Sources/ });
  return { panel, lastSourceId };
}

// Each test renders the reader with the seed ten times over in jsdom: well under a second alone, but
// several seconds on a busy two-core machine running other suites, past Vitest's 5 s default.
describe('a long sources panel', { timeout: 30_000 }, () => {
  it('lists the first 50 sources and shows the rest on request, focus on the first added', async () => {
    const { panel } = await open(`/read/${NAME}`);
    expect(panel.querySelectorAll('.pv-source-entry')).toHaveLength(50);
    expect(within(panel).getByText(/Showing 50 of 70/)).toBeVisible();
    await userEvent.click(within(panel).getByRole('button', { name: 'Show 20 more sources' }));
    const entries = panel.querySelectorAll('.pv-source-entry');
    expect(entries).toHaveLength(70);
    expect(entries[50]?.contains(document.activeElement)).toBe(true);
    expect(within(panel).queryByText(/Showing/)).toBeNull();
  });

  it('brings a linked source past the first page onto it, opened', async () => {
    const { panel, lastSourceId } = await open(`/read/${NAME}/LAST`);
    const entry = await within(panel).findByText((_, element) => element?.id === lastSourceId);
    expect(entry).toHaveClass('pv-source-entry');
    expect(within(entry).getAllByRole('button', { expanded: true }).length).toBeGreaterThan(0);
  });
});
