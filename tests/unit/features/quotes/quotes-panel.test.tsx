import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { blockBefore, renderQuotes, seedArticle } from './render-quotes';

const SEED = 'dailynk-train-service-talks';

function index() {
  return screen.getByRole('region', { name: /^Quotes/ });
}

// Each test renders the reader with the seed article (60,000 characters) in jsdom: under a second
// alone, several seconds on a busy two-core machine running other suites, past Vitest's 5 s default.
describe('the quotes index', { timeout: 30_000 }, () => {
  it('groups every quotation by speaker, each linking to its place in the text', () => {
    renderQuotes(seedArticle(), SEED);
    const panel = index();
    expect(within(panel).getByRole('heading', { name: 'a source in North Korea (11)' })).toBeVisible();
    expect(
      within(panel).getByRole('heading', { name: 'another source inside North Korea (4)' }),
    ).toBeVisible();
    expect(
      within(panel).getByRole('heading', {
        name: 'Chinese officials, as relayed by a source in North Korea (1)',
      }),
    ).toBeVisible();
    expect(
      within(panel).getByRole('link', { name: '“changing its words like a small child”' }),
    ).toHaveAttribute('href', `#/read/${SEED}/q-small-child`);
    expect(within(panel).getByRole('status')).toHaveTextContent('16 of 16 quotes, 6 of 6 notes');
  });

  it('filters as you type over words, speakers and insertions, with a live count', async () => {
    const user = userEvent.setup();
    renderQuotes(seedArticle(), SEED);
    const panel = index();
    const search = within(panel).getByRole('searchbox', { name: 'Search quotes and notes' });
    const count = within(panel).getByRole('status');

    await user.type(search, 'small child');
    expect(count).toHaveTextContent('2 of 16 quotes, 0 of 6 notes');

    await user.clear(search);
    await user.type(search, 'chinese officials');
    expect(count).toHaveTextContent('1 of 16 quotes');
    expect(within(panel).getAllByRole('link')[0]).toHaveAccessibleName(
      '“changing its words like a small child”',
    );

    await user.clear(search);
    await user.type(search, '[[to restart');
    expect(count).toHaveTextContent('2 of 16 quotes');

    await user.clear(search);
    await user.type(search, 'nampo');
    expect(count).toHaveTextContent('1 of 16 quotes, 1 of 6 notes');
    expect(within(panel).getByRole('link', { name: 'Nampo Port' })).toHaveAttribute(
      'href',
      `#/read/${SEED}/n-nampo-port`,
    );

    await user.type(search, 'zzz');
    expect(count).toHaveTextContent('0 of 16 quotes, 0 of 6 notes');
    expect(within(panel).getByText('Nothing matches “nampozzz”.')).toBeVisible();
  });

  it('finds every quotation by its words and every insertion', async () => {
    const user = userEvent.setup();
    const { article } = renderQuotes(seedArticle(), SEED);
    const search = within(index()).getByRole('searchbox');
    for (const quote of article.quotes) {
      for (const text of [quote.parts.at(-1)!.text.slice(0, 24), ...quote.insertions.map((i) => i.text)]) {
        await user.clear(search);
        await user.type(
          search,
          text.replace(/[[{]/g, (c) => c + c),
        );
        const links = within(index()).getAllByRole('link');
        expect(links.map((l) => l.getAttribute('href'))).toContain(`#/read/${SEED}/${quote.id}`);
      }
    }
  }, 30_000);

  it('opens a note in the text when its index link is followed', async () => {
    const user = userEvent.setup();
    renderQuotes(seedArticle(), SEED);
    await user.click(within(index()).getByRole('link', { name: 'The Eighth Party Congress' }));
    const note = screen.getByRole('note', { name: 'The Eighth Party Congress' });
    expect(blockBefore(note)).toBe('p-kim-order');
  });
});
