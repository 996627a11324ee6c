import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { blockBefore, renderQuotes, seedArticle } from './render-quotes';

const SEED = 'dailynk-train-service-talks';

describe('editorial insertions', () => {
  it('marks an insertion inside its quote and explains it when focused', () => {
    renderQuotes();
    const insertion = screen.getByText('[from the ministry]', { selector: 'q .pv-insertion' });
    expect(insertion.closest('q')).toHaveAttribute('id', 'q-promise');
    act(() => {
      insertion.focus();
    });
    expect(insertion).toHaveFocus();
    expect(insertion).toHaveAccessibleDescription('Added by the editor for clarity');
  });

  it('marks every insertion of the seed article, each focusable and explained', () => {
    const { article } = renderQuotes(seedArticle(), SEED);
    const marked = [...document.querySelectorAll<HTMLElement>('.pv-insertion[tabindex="0"]')];
    const expected = article.quotes.flatMap((q) => q.insertions.map((i) => i.text));
    expect(marked.map((i) => i.textContent).sort()).toEqual(expected.sort());
    expect(marked).toHaveLength(12);
    marked.forEach((i) => expect(i).toHaveAccessibleDescription('Added by the editor for clarity'));
  });
});

describe('context notes', () => {
  it('opens a note with Enter and closes it with Escape, returning focus to its button', async () => {
    const user = userEvent.setup();
    renderQuotes(seedArticle(), SEED);
    const [button] = screen.getAllByRole('button', { name: 'Context note: Nampo Port' });
    act(() => {
      button!.focus();
    });
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const note = screen.getByRole('note', { name: 'Nampo Port' });
    expect(note).toHaveAttribute('id', 'n-nampo-port');
    expect(note).toHaveTextContent('Editor’s note');
    expect(note).toHaveTextContent('Nampo is North Korea’s main west-coast port');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('note')).toBeNull();
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes with Escape from inside the note and returns focus to its button', async () => {
    const user = userEvent.setup();
    renderQuotes(seedArticle(), SEED);
    const button = screen.getByRole('button', { name: 'Context note: The Qingdao outbreak' });
    await user.click(button);
    const close = screen.getByRole('button', { name: 'Close note: The Qingdao outbreak' });
    act(() => {
      close.focus();
    });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('note')).toBeNull();
    expect(button).toHaveFocus();
  });

  it('closes with its close button', async () => {
    const user = userEvent.setup();
    renderQuotes();
    const button = screen.getByRole('button', { name: 'Context note: The ministry’s promise' });
    await user.click(button);
    await user.click(screen.getByRole('button', { name: 'Close note: The ministry’s promise' }));
    expect(screen.queryByRole('note')).toBeNull();
    expect(button).toHaveFocus();
  });

  it('opens a note after the paragraph whose button was pressed, in one place only', async () => {
    const user = userEvent.setup();
    renderQuotes(seedArticle(), SEED);
    const buttons = screen.getAllByRole('button', { name: 'Context note: Nampo Port' });
    expect(buttons).toHaveLength(3);
    await user.click(buttons[1]!);
    expect(blockBefore(screen.getByRole('note'))).toBe('p-nampo-second-best');
    await user.click(buttons[2]!);
    expect(screen.getAllByRole('note')).toHaveLength(1);
    expect(buttons[1]).toHaveAttribute('aria-expanded', 'false');
    expect(buttons[2]).toHaveAttribute('aria-expanded', 'true');
  });
});
