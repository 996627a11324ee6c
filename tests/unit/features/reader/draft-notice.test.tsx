import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MemoryRouter } from 'react-router';
import { prepareArticle } from '../../../../src/article/prepare-article';
import { ingestText } from '../../../../src/ingest/ingest-article';
import { ArticleHeader } from '../../../../src/features/reader/article-header';
import { ReaderView } from '../../../../src/features/reader/reader-view';
import { ReaderStateProvider } from '../../../../src/shared/reader-state';
import { SEED_TEXT_FILE, readText, smallArticle } from '../../../fixtures/load-fixture';

describe('draft notice', () => {
  it('tells the reader that a machine-made draft has not been reviewed', () => {
    const article = smallArticle();
    article.meta.draft = true;
    render(<ArticleHeader article={article} />);
    expect(screen.getByRole('note')).toHaveTextContent(
      'Draft: found by machine, not yet reviewed by an editor',
    );
  });

  it('says nothing on a reviewed article', () => {
    render(<ArticleHeader article={smallArticle()} />);
    expect(screen.queryByText(/found by machine/)).not.toBeInTheDocument();
  });
});

describe('an ingested article in the reader', () => {
  it('renders the draft of the seed text with its notice and every paragraph', () => {
    const result = ingestText(readText(SEED_TEXT_FILE));
    if (!result.ok) throw new Error(result.reason);
    const { container } = render(
      <MemoryRouter>
        <ReaderStateProvider>
          <ReaderView prepared={prepareArticle(result.article)} />
        </ReaderStateProvider>
      </MemoryRouter>,
    );
    expect(screen.getByRole('note')).toHaveTextContent('Draft: found by machine');
    expect(container.querySelectorAll('p.pv-paragraph')).toHaveLength(21);
  });
});
