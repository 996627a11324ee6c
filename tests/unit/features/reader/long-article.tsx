import { act } from '@testing-library/react';
import type { ReactElement } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { vi } from 'vitest';
import { parseArticleText } from '../../../../src/article/parse-article';
import { prepareArticle } from '../../../../src/article/prepare-article';
import { ReaderView } from '../../../../src/features/reader/reader-view';
import { sourcesDecorations } from '../../../../src/features/sources/sources-decorations';
import { ReaderStateProvider } from '../../../../src/shared/reader-state';
import { mergeDecorations, TextDecorationsProvider } from '../../../../src/shared/text-decorations';
import { quotesDecorations } from '../../../../src/features/quotes/quotes-decorations';
import { scaleArticle } from '../../../../tools/scale-article';
import { SEED_ARTICLE_FILE, readText } from '../../../fixtures/load-fixture';

/** The seed eight times over (some 300 blocks: completed run by run) and its reader, with its sources' and quotes' chips. */
export function longArticle() {
  const seed = parseArticleText(readText(SEED_ARTICLE_FILE));
  if (!seed.ok) throw new Error('the seed article does not parse');
  const article = scaleArticle(seed.article, 8, 'long');
  const prepared = prepareArticle(article);
  const reader = (
    <MemoryRouter>
      <ReaderStateProvider>
        <TextDecorationsProvider
          value={mergeDecorations(sourcesDecorations(prepared), quotesDecorations(prepared))}
        >
          <ReaderView prepared={prepared} />
        </TextDecorationsProvider>
      </ReaderStateProvider>
    </MemoryRouter>
  );
  return { article, prepared, reader };
}

/**
 * `reader` rendered as the build does, then `hydrated` (the reader, or the reader as the
 * browser's entry wraps it) hydrated over it; `settleMs` for its first steps to run.
 */
export async function renderThenHydrate(reader: ReactElement, hydrated: ReactElement, settleMs: number) {
  const container = document.createElement('div');
  container.innerHTML = renderToString(reader);
  document.body.append(container);
  const onRecoverableError = vi.fn();
  let root: Root | undefined;
  await act(async () => {
    root = hydrateRoot(container, hydrated, { onRecoverableError });
    await new Promise((resolve) => setTimeout(resolve, settleMs));
  });
  // Unmounted, so that no step of its completing runs after the test's window has gone.
  const done = () => {
    act(() => root?.unmount());
    container.remove();
  };
  return { container, onRecoverableError, done };
}

/** An IntersectionObserver that reports what the test says is near the screen. */
export class FakeObserver {
  static all: FakeObserver[] = [];
  readonly watched = new Set<Element>();
  constructor(readonly report: IntersectionObserverCallback) {
    FakeObserver.all.push(this);
  }
  observe(element: Element) {
    this.watched.add(element);
  }
  unobserve(element: Element) {
    this.watched.delete(element);
  }
  disconnect() {
    this.watched.clear();
  }
  takeRecords() {
    return [];
  }
  /** Says that `element` came near the screen. */
  static near(element: Element) {
    for (const observer of FakeObserver.all) {
      if (!observer.watched.has(element)) continue;
      const entry = { target: element, isIntersecting: true } as unknown as IntersectionObserverEntry;
      observer.report([entry], observer as unknown as IntersectionObserver);
    }
  }
}
