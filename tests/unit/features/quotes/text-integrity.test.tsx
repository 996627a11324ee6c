import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderQuotes, seedArticle } from './render-quotes';

function paragraphTexts(container: HTMLElement) {
  return [...container.querySelectorAll('p.pv-paragraph')].map((p) => p.textContent);
}

describe('the published text with quotes, insertions and notes', () => {
  it('keeps every paragraph exactly as published, with every card and note open', async () => {
    const user = userEvent.setup();
    const { container, article } = renderQuotes(seedArticle(), 'dailynk-train-service-talks');
    const published = article.body.filter((b) => b.type === 'paragraph').map((b) => b.text);
    expect(paragraphTexts(container)).toEqual(published);

    const toggles = screen.getAllByRole('button', { name: /^(Quote from|Context note:)/ });
    expect(toggles.filter((t) => t.getAttribute('aria-label')?.startsWith('Quote'))).toHaveLength(16);
    for (const toggle of toggles)
      if (toggle.getAttribute('aria-expanded') === 'false') await user.click(toggle);
    expect(screen.getAllByRole('group', { name: /^Quote card/ })).toHaveLength(16);
    expect(screen.getAllByRole('note')).toHaveLength(5);
    expect(paragraphTexts(container)).toEqual(published);
  }, 20_000);

  it('marks every quotation part as a q, its id on the first part only', () => {
    const { container, article } = renderQuotes(seedArticle(), 'dailynk-train-service-talks');
    for (const quote of article.quotes) {
      const parts = [...container.querySelectorAll(`q[data-quote="${quote.id}"]`)];
      expect(parts.map((q) => q.textContent)).toEqual(quote.parts.map((p) => p.text));
      expect(parts.map((q) => q.id)).toEqual(quote.parts.map((_, i) => (i === 0 ? quote.id : '')));
    }
  });
});
