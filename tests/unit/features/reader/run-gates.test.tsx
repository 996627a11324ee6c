import { act, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HoldFarRuns } from '../../../../src/features/reader/run-gates';
import { FakeObserver, longArticle, renderThenHydrate } from './long-article';

/** Whether React holds a component for this element (it hydrated it or rendered it). */
const hydrated = (element: Element | null | undefined) =>
  element ? Object.keys(element).some((key) => key.startsWith('__reactFiber')) : false;

/** The article rendered as the build does, then hydrated as the browser's entry does. */
async function hydrateLongArticle() {
  const { article, reader } = longArticle();
  const { container, onRecoverableError, done } = await renderThenHydrate(
    reader,
    <HoldFarRuns value={true}>{reader}</HoldFarRuns>,
    50,
  );
  const runs = [...container.querySelectorAll('.pv-body > .pv-chunk')];
  const paragraphs = () => [...container.querySelectorAll('p.pv-paragraph')].map((p) => p.textContent);
  const texts = article.body.flatMap((block) => (block.type === 'paragraph' ? [block.text] : []));
  return { container, runs, paragraphs, texts, onRecoverableError, done };
}

// A scaled seed article in jsdom: seconds on a busy two-core machine (progressive-body.test.tsx).
describe('a long pre-rendered article hydrating in the browser', { timeout: 30_000 }, () => {
  beforeEach(() => {
    FakeObserver.all = [];
    vi.stubGlobal('IntersectionObserver', FakeObserver);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('leaves a run no one has come near as the server wrote it, and hydrates it when it comes near', async () => {
    const page = await hydrateLongArticle();
    const last = page.runs.at(-1);
    const far = last?.querySelector('p');
    expect(hydrated(page.runs[0]?.querySelector('p'))).toBe(true);
    expect(hydrated(far)).toBe(false);
    expect(page.paragraphs()).toEqual(page.texts);
    if (!last) throw new Error('no runs');
    await act(async () => {
      FakeObserver.near(last);
      await Promise.resolve();
    });
    await waitFor(() => {
      expect(last.querySelectorAll('.pv-source-toggle').length).toBeGreaterThan(0);
    });
    // Hydrated, then completed: the very paragraph the server wrote, its text unchanged.
    expect(last.querySelector('p')).toBe(far);
    expect(hydrated(far)).toBe(true);
    expect(page.paragraphs()).toEqual(page.texts);
    expect(page.onRecoverableError).not.toHaveBeenCalled();
    page.done();
  });

  it('hydrates and completes every run when the page is printed', async () => {
    const page = await hydrateLongArticle();
    await act(async () => {
      window.dispatchEvent(new Event('beforeprint'));
      await Promise.resolve();
    });
    await waitFor(() => {
      expect(page.runs.every((run) => hydrated(run.querySelector('p')))).toBe(true);
    });
    expect(page.runs.at(-1)?.querySelectorAll('.pv-source-toggle').length).toBeGreaterThan(0);
    expect(page.paragraphs()).toEqual(page.texts);
    expect(page.onRecoverableError).not.toHaveBeenCalled();
    page.done();
  });
});
