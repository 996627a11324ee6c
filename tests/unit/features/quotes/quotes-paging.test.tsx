import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { parseArticleData } from '../../../../src/article/parse-article';
import { scaleArticle } from '../../../../tools/scale-article';
import { renderQuotes, seedArticle } from './render-quotes';

const NAME = 'long-quotes';

/** The seed five times over: 80 quotes and 30 notes. */
function longArticle() {
  const result = parseArticleData(seedArticle());
  if (!result.ok) throw new Error('seed is invalid');
  return scaleArticle(result.article, 5, NAME);
}

function index() {
  return screen.getByRole('region', { name: /^Quotes/ });
}

function quoteEntries() {
  return index().querySelectorAll('.pv-quote-entry');
}

function noteEntries() {
  return index().querySelectorAll('.pv-note-entry');
}

// Each test renders the reader with the seed five times over (80 quotes, 30 notes) in jsdom: well under a second alone, but
// several seconds on a busy two-core machine running other suites, past Vitest's 5 s default.
describe('a long quotes index', { timeout: 30_000 }, () => {
  it('shows the first 50 quotes, with group counts of every match and a way to see more', () => {
    renderQuotes(longArticle(), NAME);
    expect(quoteEntries()).toHaveLength(50);
    expect(noteEntries()).toHaveLength(30);
    expect(within(index()).getByRole('status')).toHaveTextContent('80 of 80 quotes, 30 of 30 notes');
    expect(within(index()).getByText(/Showing 50 of 80/)).toBeVisible();
    // The page ends inside a group: its heading still counts all of the group's matches.
    const headings = within(index()).getAllByRole('heading', { name: /North Korea \(\d+\)$/ });
    const last = headings.at(-1)!;
    expect(last).toHaveTextContent('(11)');
    expect(last.closest('.pv-quote-group')?.querySelectorAll('.pv-quote-entry')).toHaveLength(2);
  });

  it('shows more on request and moves focus to the first quote it added', async () => {
    const user = userEvent.setup();
    renderQuotes(longArticle(), NAME);
    await user.click(within(index()).getByRole('button', { name: 'Show 30 more quotes' }));
    const entries = quoteEntries();
    expect(entries).toHaveLength(80);
    expect(document.activeElement).toBe(entries[50]?.querySelector('a'));
    expect(within(index()).queryByRole('button', { name: /more quotes/ })).not.toBeInTheDocument();
  });

  it('starts a new search at its first page', async () => {
    const user = userEvent.setup();
    renderQuotes(longArticle(), NAME);
    await user.click(within(index()).getByRole('button', { name: 'Show 30 more quotes' }));
    await user.type(within(index()).getByRole('searchbox'), 'a');
    expect(quoteEntries()).toHaveLength(50);
    await user.type(within(index()).getByRole('searchbox'), ' small child');
    expect(within(index()).getByRole('status')).toHaveTextContent('10 of 80 quotes, 0 of 30 notes');
    expect(quoteEntries()).toHaveLength(10);
    expect(within(index()).queryByRole('button', { name: /more quotes/ })).not.toBeInTheDocument();
  });

  it('prints every quote and note', () => {
    renderQuotes(longArticle(), NAME);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(quoteEntries()).toHaveLength(80);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(quoteEntries()).toHaveLength(50);
  });
});
