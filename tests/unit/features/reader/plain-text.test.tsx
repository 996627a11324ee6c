import { act, render, waitFor } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { FIRST_BLOCKS } from '../../../../src/features/reader/use-progressive-blocks';
import { longArticle } from './long-article';

function longArticleWithLateItems() {
  const { article, reader } = longArticle();
  const blockIndex = new Map(article.body.map((block, index) => [block.id, index]));
  // Items whose first words lie past the blocks rendered complete at once.
  const late = (blockId: string) => (blockIndex.get(blockId) ?? 0) >= FIRST_BLOCKS;
  const lateQuotes = article.quotes.filter((quote) => late(quote.parts[0]?.blockId ?? ''));
  const lateAttributions = article.attributions.filter((a) => late(a.range.blockId));
  return { article, reader, lateQuotes, lateAttributions };
}

// A scaled seed article in jsdom: seconds on a busy two-core machine (progressive-body.test.tsx).
describe('a long article’s blocks not yet complete', { timeout: 30_000 }, () => {
  it('carry the id of every quote and attribution in them, and their text exactly', () => {
    const { article, reader, lateQuotes, lateAttributions } = longArticleWithLateItems();
    const { container } = render(reader);
    expect(lateQuotes.length).toBeGreaterThan(0);
    // Still plain: not one late quote has its `q` yet.
    for (const quote of lateQuotes) {
      const element = container.querySelector(`[id="${quote.id}"]`);
      expect(element?.tagName).toBe('SPAN');
      expect(element).toHaveAttribute('data-quote', quote.id);
    }
    for (const attribution of lateAttributions)
      expect(container.querySelector(`[id="${attribution.id}"]`)).toHaveAttribute(
        'data-attribution',
        attribution.id,
      );
    const paragraphs = article.body.flatMap((block) => (block.type === 'paragraph' ? [block.text] : []));
    expect([...container.querySelectorAll('p.pv-paragraph')].map((p) => p.textContent)).toEqual(paragraphs);
  });

  it('hydrate exactly as the server rendered them', async () => {
    const { reader } = longArticleWithLateItems();
    const container = document.createElement('div');
    container.innerHTML = renderToString(reader);
    document.body.append(container);
    const onRecoverableError = vi.fn();
    let root: Root | undefined;
    await act(async () => {
      root = hydrateRoot(container, reader, { onRecoverableError });
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(onRecoverableError).not.toHaveBeenCalled();
    // Unmounted, so that no step of its completing runs after the test's window has gone.
    act(() => {
      root?.unmount();
    });
    container.remove();
  });

  it('hand the focus on to the complete block’s element when the block completes', async () => {
    const { reader, lateQuotes } = longArticleWithLateItems();
    const quote = lateQuotes.at(-1);
    if (!quote) throw new Error('no quote past the first blocks');
    render(reader);
    // As boot.js does for a deep link, before the app runs.
    const plain = document.getElementById(quote.id);
    plain?.setAttribute('tabindex', '-1');
    plain?.focus();
    expect(document.activeElement).toBe(plain);
    await waitFor(
      () => {
        expect(document.getElementById(quote.id)?.tagName).toBe('Q');
      },
      { timeout: 20_000 },
    );
    expect(document.activeElement).toBe(document.getElementById(quote.id));
  });
});
