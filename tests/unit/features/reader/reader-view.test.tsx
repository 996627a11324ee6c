import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { parseArticleData } from '../../../../src/article/parse-article';
import { prepareArticle } from '../../../../src/article/prepare-article';
import { ReaderView } from '../../../../src/features/reader/reader-view';
import { ReaderStateProvider } from '../../../../src/shared/reader-state';
import { smallArticle } from '../../../fixtures/load-fixture';
import type { ArticleInput } from '../../../../src/article/article-schema';

function renderReader(input: ArticleInput = smallArticle()) {
  const result = parseArticleData(input);
  if (!result.ok) throw new Error('fixture is invalid');
  return render(
    <MemoryRouter>
      <ReaderStateProvider>
        <ReaderView prepared={prepareArticle(result.article)} />
      </ReaderStateProvider>
    </MemoryRouter>,
  );
}

describe('ReaderView', () => {
  it('shows publisher, headline, standfirst, byline and a day-precise date', () => {
    renderReader();
    expect(screen.getByRole('article')).toHaveAccessibleName('Harbour council delays ferry terminal');
    expect(screen.getByText('Coastal Ledger', { selector: '.pv-kicker' })).toBeVisible();
    expect(screen.getByText(/one named source/)).toBeVisible();
    expect(screen.getByText('Lena Park')).toBeVisible();
    expect(screen.getByText('March 14, 2024').closest('time')).toHaveAttribute('datetime', '2024-03-14');
  });

  it('says when the date is inferred and writes no day it does not know', () => {
    const article = smallArticle();
    article.meta.published = {
      text: 'not stated',
      earliest: '2024-03-01',
      latest: '2024-03-31',
      precision: 'month',
      basis: 'inferred',
    };
    renderReader(article);
    expect(screen.getByText('March 2024')).toBeVisible();
    expect(screen.getByText('(inferred)')).toBeVisible();
  });

  it('flags an editorial headline inside the “About this file” disclosure', async () => {
    const article = smallArticle();
    article.meta.headline.origin = 'editorial';
    renderReader(article);
    const about = screen.getByText('About this file');
    expect(screen.getByText(/Headline written by the editor/)).not.toBeVisible();
    await userEvent.click(about);
    expect(screen.getByText(/Headline written by the editor/)).toBeVisible();
  });

  it('keeps each paragraph’s text exactly, with quotes marked semantically', () => {
    const article = smallArticle();
    const { container } = renderReader(article);
    const paragraphs = [...container.querySelectorAll('p.pv-paragraph')].map((p) => p.textContent);
    expect(paragraphs).toEqual(article.body.filter((b) => b.type === 'paragraph').map((b) => b.text));
    const quoteParts = [...container.querySelectorAll('q')].map((q) => q.textContent);
    expect(quoteParts).toEqual([
      'We cannot build on a promise [from the ministry] alone,',
      'The money has to be in the account first.',
    ]);
  });

  it('shows a figure without its image file as one line named by its alt text, with its caption', () => {
    renderReader();
    expect(
      screen.getByRole('img', { name: 'Image not available: A wooden pier over calm water' }),
    ).toBeVisible();
    expect(screen.getByText('The old ferry pier at dawn. / Image: Coastal Ledger')).toBeVisible();
  });

  it('shows the end matter in the article footer', () => {
    renderReader();
    const note = screen.getByText('Lena Park covers city hall for the Coastal Ledger.');
    expect(note.closest('footer')).toBeInTheDocument();
  });
});
