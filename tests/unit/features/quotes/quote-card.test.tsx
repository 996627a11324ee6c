import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderQuotes, seedArticle } from './render-quotes';

const SEED = 'dailynk-train-service-talks';

// Each test renders the reader with the seed article (60,000 characters) in some tests in jsdom: well under a second alone, but
// several seconds on a busy two-core machine running other suites, past Vitest's 5 s default.
describe('quote cards', { timeout: 30_000 }, () => {
  it('shows the speaker, the channel and the whole utterance when a quote is opened', async () => {
    const user = userEvent.setup();
    renderQuotes(seedArticle(), SEED);
    const toggle = screen.getByRole('button', {
      name: 'Quote from a source in North Korea, by phone: “North Korea, not China, is in a…”',
    });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const card = screen.getByRole('group', { name: 'Quote card: a source in North Korea' });
    expect(
      within(card).getByText('a source in North Korea', { selector: '.pv-quote-card-title' }),
    ).toBeVisible();
    expect(card).toHaveTextContent('Anonymous source · by phone, a Wednesday before publication');
    expect(card).toHaveTextContent(
      '“North Korea, not China, is in a rush [to restart tourism and trade], … Behind the international train[s]',
    );
    expect(card).toHaveTextContent('How we knowa source in North Korea → told Daily NK');
  });

  it('shows both parts of a split quote in its card and links to each part', async () => {
    const user = userEvent.setup();
    renderQuotes();
    await user.click(screen.getByRole('button', { name: /^Quote from Mayor Ana Ortiz/ }));
    const card = screen.getByRole('group', { name: 'Quote card: Mayor Ana Ortiz' });
    expect(within(card).getByRole('blockquote')).toHaveTextContent(
      '“We cannot build on a promise [from the ministry] alone, … The money has to be in the account first.”',
    );
    expect(within(card).getByRole('button', { name: 'Go to part 1' })).toBeVisible();
    expect(within(card).getByRole('button', { name: 'Go to part 2' })).toBeVisible();
    expect(within(within(card).getByRole('blockquote')).getByText('[from the ministry]')).toHaveClass(
      'pv-insertion',
    );
    expect(card).toHaveTextContent('Editor’s noteThe ministry’s promise.');
  });

  it('lights both parts of a split quote together when one is pointed at', async () => {
    const user = userEvent.setup();
    const { container } = renderQuotes();
    const parts = [...container.querySelectorAll<HTMLElement>('q[data-quote="q-promise"]')];
    expect(parts).toHaveLength(2);
    expect(parts[0]).toHaveAttribute('id', 'q-promise');
    expect(parts[1]).not.toHaveAttribute('id');
    await user.hover(parts[1]!);
    parts.forEach((part) => expect(part).toHaveClass('pv-quote--active'));
    await user.unhover(parts[1]!);
    parts.forEach((part) => expect(part).not.toHaveClass('pv-quote--active'));
  });

  it('lights both parts when focus moves into one', async () => {
    const user = userEvent.setup();
    const { container } = renderQuotes();
    await user.click(screen.getByRole('button', { name: /^Quote from Mayor Ana Ortiz/ }));
    const parts = [...container.querySelectorAll<HTMLElement>('q[data-quote="q-promise"]')];
    parts.forEach((part) => expect(part).toHaveClass('pv-quote--active'));
  });

  it('shows both speakers for a quotation nested in another', async () => {
    const user = userEvent.setup();
    renderQuotes(seedArticle(), SEED);
    await user.click(
      screen.getByRole('button', {
        name: /^Quote from Chinese officials, relayed by a source in North Korea, by phone: “changing/,
      }),
    );
    const card = screen.getByRole('group', {
      name: 'Quote card: Chinese officials, quoted by a source in North Korea',
    });
    expect(card).toHaveTextContent('Quotation within a quotation');
    expect(card).toHaveTextContent('Chinese officials → told a source in North Korea → told Daily NK');
    expect(within(card).getByRole('link', { name: /^China complained that North Korea/ })).toHaveAttribute(
      'href',
      `#/read/${SEED}/q-china-complained`,
    );
  });

  it('copies the quote with its attribution and link, and says so', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderQuotes();
    await user.click(screen.getByRole('button', { name: /^Quote from Mayor Ana Ortiz/ }));
    const card = screen.getByRole('group', { name: 'Quote card: Mayor Ana Ortiz' });
    await user.click(within(card).getByRole('button', { name: 'Copy quote' }));
    const link = new URL('#/read/harbour-council-vote/q-promise', location.href).href;
    expect(writeText).toHaveBeenCalledWith(
      `“We cannot build on a promise [from the ministry] alone, … The money has to be in the account first.” — Mayor Ana Ortiz, Coastal Ledger, ${link}`,
    );
    expect(within(card).getAllByRole('status')[0]).toHaveTextContent('Quote copied');
  });

  it('copies through a hidden text area when the Clipboard API is missing', async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    let copied = '';
    const execCommand = vi.fn(() => {
      copied = document.querySelector('textarea')?.value ?? '';
      return true;
    });
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    renderQuotes();
    await user.click(screen.getByRole('button', { name: /^Quote from Mayor Ana Ortiz/ }));
    await user.click(screen.getByRole('button', { name: 'Copy quote' }));
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(copied).toMatch(/^“We cannot build .* — Mayor Ana Ortiz, Coastal Ledger, http/);
    const card = screen.getByRole('group', { name: 'Quote card: Mayor Ana Ortiz' });
    expect(within(card).getAllByRole('status')[0]).toHaveTextContent('Quote copied');
    expect(document.querySelector('textarea')).toBeNull();
  });

  it('closes the card and returns focus to its quote button', async () => {
    const user = userEvent.setup();
    renderQuotes();
    const toggle = screen.getByRole('button', { name: /^Quote from Mayor Ana Ortiz/ });
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByRole('button', { name: 'Close quote card' }));
    expect(screen.queryByRole('group', { name: /^Quote card/ })).toBeNull();
    expect(toggle).toHaveFocus();
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });
});
