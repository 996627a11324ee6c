import { act, render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FIRST_BLOCKS } from '../../../../src/features/reader/use-progressive-blocks';
import { longArticle, renderThenHydrate } from './long-article';

function longArticleWithLateItems() {
  const { article, reader } = longArticle();
  const blockIndex = new Map(article.body.map((block, index) => [block.id, index]));
  // Items whose first words lie past the blocks rendered complete at once.
  const late = (blockId: string) => (blockIndex.get(blockId) ?? 0) >= FIRST_BLOCKS;
  const lateQuotes = article.quotes.filter((quote) => late(quote.parts[0]?.blockId ?? ''));
  const lateAttributions = article.attributions.filter((a) => late(a.range.blockId));
  return { article, reader, lateQuotes, lateAttributions };
}

/**
 * The word a ring is glued to (what precedes it up to a space: a line may break only at a space
 * here), or null when it is not glued.
 */
function gluedWord(ring: Element): string | null {
  if (!ring.closest('.pv-glue')) return null;
  const paragraph = ring.closest('p');
  if (!paragraph) return null;
  const texts = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  let before = '';
  while (texts.nextNode()) {
    const node = texts.currentNode;
    if (ring.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) break;
    before += node.textContent ?? '';
  }
  return before.match(/\S+\s*$/)?.[0] ?? '';
}

/**
 * What decides where a block's lines break in the quiet text (quote and note chips wait for the
 * full marks there): the words glued to each source's ring, and the rings.
 */
function wrapping(block: Element | null) {
  const rings = [...(block?.querySelectorAll('.pv-chip--source') ?? [])];
  return {
    glued: rings.map(gluedWord),
    rings: rings.map((ring) => `${ring.getAttribute('data-kind')} ${ring.getAttribute('data-certainty')}`),
  };
}

// A scaled seed article in jsdom: seconds on a busy two-core machine (progressive-body.test.tsx).
describe('a long article’s blocks not yet complete', { timeout: 30_000 }, () => {
  it('carry the id of every quote and attribution in them, and their text exactly', () => {
    const { article, reader, lateQuotes, lateAttributions } = longArticleWithLateItems();
    const { container } = render(reader);
    expect(lateQuotes.length).toBeGreaterThan(0);
    for (const quote of lateQuotes) {
      const element = container.querySelector(`[id="${quote.id}"]`);
      expect(element).toHaveAttribute('data-quote', quote.id);
      // Not complete yet: no control in its paragraph.
      expect(element?.closest('p')?.querySelector('button')).toBeNull();
    }
    for (const attribution of lateAttributions)
      expect(container.querySelector(`[id="${attribution.id}"]`)).toHaveAttribute(
        'data-attribution',
        attribution.id,
      );
    const paragraphs = article.body.flatMap((block) => (block.type === 'paragraph' ? [block.text] : []));
    expect([...container.querySelectorAll('p.pv-paragraph')].map((p) => p.textContent)).toEqual(paragraphs);
  });

  it('break their lines as they will when complete: the same words glued to the same rings, inert', async () => {
    const { reader, lateAttributions } = longArticleWithLateItems();
    const { container } = render(reader);
    const blockIds = new Set(lateAttributions.map((attribution) => attribution.range.blockId));
    const still = new Map([...blockIds].map((id) => [id, wrapping(document.getElementById(id))]));
    const rings = [...still.values()].reduce((sum, block) => sum + block.rings.length, 0);
    expect(rings).toBe(lateAttributions.length);
    for (const ring of container.querySelectorAll('p .pv-chip:not(button)'))
      expect(ring).toHaveAttribute('aria-hidden', 'true');
    // Printing completes every block.
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    await waitFor(() => {
      expect(container.querySelectorAll('.pv-chip:not(button)')).toHaveLength(0);
    });
    for (const [id, before] of still) expect(wrapping(document.getElementById(id)), id).toEqual(before);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
  });

  it('hydrate exactly as the server rendered them', async () => {
    const { reader } = longArticleWithLateItems();
    const { onRecoverableError, done } = await renderThenHydrate(reader, reader, 0);
    expect(onRecoverableError).not.toHaveBeenCalled();
    done();
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
    // Complete: the quote's own `q` takes the id, and its paragraph has its controls.
    await waitFor(
      () => {
        expect(document.getElementById(quote.id)?.tagName).toBe('Q');
      },
      { timeout: 20_000 },
    );
    expect(document.activeElement).toBe(document.getElementById(quote.id));
  });
});
