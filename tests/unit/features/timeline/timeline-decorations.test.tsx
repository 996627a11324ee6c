import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { parseArticleData } from '../../../../src/article/parse-article';
import { prepareArticle } from '../../../../src/article/prepare-article';
import { ReaderView } from '../../../../src/features/reader/reader-view';
import { sourcesDecorations } from '../../../../src/features/sources/sources-decorations';
import { timelineDecorations } from '../../../../src/features/timeline/timeline-decorations';
import { ArticleNameContext } from '../../../../src/shared/article-name-context';
import { ReaderStateProvider } from '../../../../src/shared/reader-state';
import { mergeDecorations, TextDecorationsProvider } from '../../../../src/shared/text-decorations';
import { smallArticle } from '../../../fixtures/load-fixture';

function renderReader(article = smallArticle()) {
  const result = parseArticleData(article);
  if (!result.ok) throw new Error('fixture is invalid');
  const prepared = prepareArticle(result.article);
  const decorations = mergeDecorations(sourcesDecorations(prepared), timelineDecorations(prepared));
  render(
    <MemoryRouter>
      <ArticleNameContext.Provider value="harbour-council-vote">
        <ReaderStateProvider>
          <TextDecorationsProvider value={decorations}>
            <ReaderView prepared={prepared} />
          </TextDecorationsProvider>
        </ReaderStateProvider>
      </ArticleNameContext.Provider>
    </MemoryRouter>,
  );
  return prepared;
}

describe('timelineDecorations', () => {
  it('offers “Show on timeline” in the card of a passage that evidences events', async () => {
    renderReader();
    await userEvent.click(
      screen.getByRole('button', { name: 'Source: a person familiar with the talks, hedged' }),
    );
    const card = screen.getByRole('group', { name: 'Source card: a person familiar with the talks' });
    expect(within(card).getByText('Show on timeline:')).toBeVisible();
    const links = within(card).getAllByRole('link', { name: /^The / });
    expect(links.map((link) => link.textContent)).toEqual([
      'The council offers the union a review.',
      'The union rejects the review.',
    ]);
    expect(links[0]).toHaveAttribute('href', '#/read/harbour-council-vote/e-review-offer');
  });

  it('lists the events in timeline order, whatever their order in the file', async () => {
    const article = smallArticle();
    article.events.reverse();
    renderReader(article);
    await userEvent.click(
      screen.getByRole('button', { name: 'Source: a person familiar with the talks, hedged' }),
    );
    const card = screen.getByRole('group', { name: 'Source card: a person familiar with the talks' });
    expect(
      within(card)
        .getAllByRole('link', { name: /^The / })
        .map((link) => link.textContent),
    ).toEqual(['The council offers the union a review.', 'The union rejects the review.']);
  });

  it('puts a single event on one line', async () => {
    renderReader();
    await userEvent.click(screen.getByRole('button', { name: 'Source: the Coastal Ledger' }));
    const card = screen.getByRole('group', { name: 'Source card: the Coastal Ledger' });
    expect(within(card).getByText(/^Show on timeline:/)).toHaveTextContent(
      'Show on timeline: The council votes 5–2 to delay the terminal.',
    );
  });

  it('adds nothing for an item that evidences no event', () => {
    const prepared = renderReader();
    expect(timelineDecorations(prepared).cardExtra?.('q-not-evidence')).toBeNull();
  });
});
