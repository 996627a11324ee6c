import { render } from '@testing-library/react';
import { createHashRouter, RouterProvider } from 'react-router';
import type { ArticleInput } from '../../../../src/article/article-schema';
import { parseArticleData } from '../../../../src/article/parse-article';
import { prepareArticle } from '../../../../src/article/prepare-article';
import { TimelinePanel } from '../../../../src/features/timeline/timeline-panel';
import { ArticleNameContext } from '../../../../src/shared/article-name-context';
import { ReaderStateProvider } from '../../../../src/shared/reader-state';
import { scaleArticle } from '../../../../tools/scale-article';
import { readText, SEED_ARTICLE_FILE, smallArticle } from '../../../fixtures/load-fixture';

export function seedArticle(): ArticleInput {
  return JSON.parse(readText(SEED_ARTICLE_FILE)) as ArticleInput;
}

/** The seed article repeated `times` over (ids suffixed per copy), as the benchmark scales it. */
export function longArticle(times: number): ArticleInput {
  const result = parseArticleData(seedArticle());
  if (!result.ok) throw new Error('seed is invalid');
  return scaleArticle(result.article, times, 'long-timeline');
}

/** The timeline panel alone, as the rail shows it; `hash` is the URL it opens at. */
export function renderTimeline(
  input: ArticleInput = smallArticle(),
  name = 'harbour-council-vote',
  hash = '',
) {
  const result = parseArticleData(input);
  if (!result.ok) throw new Error('fixture is invalid');
  const prepared = prepareArticle(result.article);
  // A hash router, as in the app: item links are plain fragment links that it follows.
  window.location.hash = hash;
  const router = createHashRouter([
    {
      path: '*',
      element: (
        <ArticleNameContext.Provider value={name}>
          <ReaderStateProvider>
            <TimelinePanel prepared={prepared} />
          </ReaderStateProvider>
        </ArticleNameContext.Provider>
      ),
    },
  ]);
  const view = render(<RouterProvider router={router} />);
  return { ...view, article: result.article, prepared };
}

/**
 * Follows a fragment link as a browser would. Browsers fire `popstate` when a link changes the
 * fragment, which the hash router listens to; jsdom changes the fragment but fires no popstate.
 */
export async function followLink(click: () => Promise<void>) {
  await click();
  window.dispatchEvent(new PopStateEvent('popstate'));
}
