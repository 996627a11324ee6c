import { act, render, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FIRST_BLOCKS } from '../../../../src/features/reader/use-progressive-blocks';
import { FakeObserver, longArticle } from './long-article';

function renderLongArticle() {
  const { article, reader } = longArticle();
  return { ...render(reader), article };
}

// Renders a scaled seed article in jsdom: under a second alone, several seconds on a busy
// two-core machine running other suites, past Vitest's 5 s default.
describe('a long article', { timeout: 30_000 }, () => {
  it('shows all its text at once, then completes every block with its marks and controls', async () => {
    const { container, article } = renderLongArticle();
    const paragraphs = article.body.filter((b) => b.type === 'paragraph');
    expect(article.body.length).toBeGreaterThan(FIRST_BLOCKS * 2);
    const texts = [...container.querySelectorAll('p.pv-paragraph')].map((p) => p.textContent);
    expect(texts).toEqual(paragraphs.map((p) => p.text));
    const toggles = () => container.querySelectorAll('.pv-source-toggle').length;
    expect(toggles()).toBeGreaterThan(0);
    expect(toggles()).toBeLessThan(article.attributions.length);
    await waitFor(
      () => {
        expect(toggles()).toBe(article.attributions.length);
      },
      { timeout: 10_000 },
    );
    const after = [...container.querySelectorAll('p.pv-paragraph')].map((p) => p.textContent);
    expect(after).toEqual(texts);
  });
});

describe('a long article in a browser (IntersectionObserver)', { timeout: 30_000 }, () => {
  beforeEach(() => {
    FakeObserver.all = [];
    vi.stubGlobal('IntersectionObserver', FakeObserver);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('completes only the runs of blocks that come near the screen, and keeps them complete', async () => {
    const { container, article } = renderLongArticle();
    const runs = [...container.querySelectorAll('.pv-body > .pv-chunk')];
    const togglesIn = (run: Element | undefined) => run?.querySelectorAll('.pv-source-toggle').length ?? 0;
    const total = () => container.querySelectorAll('.pv-source-toggle').length;
    const last = runs.at(-1);
    // Every transition and timer has run: the far runs are still plain text.
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    const first = total();
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(article.attributions.length);
    expect(togglesIn(last)).toBe(0);
    // The last run comes near: it is completed, with its attributions' toggles.
    if (!last) throw new Error('no runs');
    act(() => {
      FakeObserver.near(last);
    });
    await waitFor(() => {
      expect(togglesIn(last)).toBeGreaterThan(0);
    });
    expect(total()).toBe(first + togglesIn(last));
  });

  it('completes the runs around the one that takes the focus, so Tab finds their controls', async () => {
    const { container } = renderLongArticle();
    const runs = [...container.querySelectorAll('.pv-body > .pv-chunk')];
    const togglesIn = (run: Element | undefined) => run?.querySelectorAll('.pv-source-toggle').length ?? 0;
    const [, second, third, fourth] = runs;
    if (!second) throw new Error('too few runs');
    expect(togglesIn(third)).toBe(0);
    // No observer says anything: only the focus entering the second run.
    act(() => {
      second.querySelector('p')?.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    });
    await waitFor(() => {
      expect(togglesIn(third)).toBeGreaterThan(0);
    });
    expect(togglesIn(fourth)).toBe(0);
  });

  it('completes every block when the page is printed', () => {
    const { container, article } = renderLongArticle();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(container.querySelectorAll('.pv-source-toggle').length).toBe(article.attributions.length);
    // And stays so afterwards: the text the reader printed does not change under them.
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(container.querySelectorAll('.pv-source-toggle').length).toBe(article.attributions.length);
  });
});

describe('the runs of blocks the browser may skip (reader.css)', () => {
  it('are 16 blocks long, the last one the rest', () => {
    const { container, article } = renderLongArticle();
    const runs = [...container.querySelectorAll('.pv-body > .pv-chunk')].map(
      (run) => run.querySelectorAll(':scope > .pv-block, :scope > figure').length,
    );
    const blocks = article.body.filter((b) => b.type !== 'end-matter').length;
    expect(runs.slice(0, -1).every((length) => length === 16)).toBe(true);
    expect(runs.at(-1)).toBeLessThanOrEqual(16);
    expect(runs.reduce((sum, length) => sum + length, 0)).toBe(blocks);
  });
});
