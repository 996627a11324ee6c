import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import type { ArticleInput } from '../../../../src/article/article-schema';
import { parseArticleData } from '../../../../src/article/parse-article';
import { prepareArticle } from '../../../../src/article/prepare-article';
import { QuotesPanel } from '../../../../src/features/quotes/quotes-panel';
import { quotesDecorations } from '../../../../src/features/quotes/quotes-decorations';
import { ReaderView } from '../../../../src/features/reader/reader-view';
import { sourcesDecorations } from '../../../../src/features/sources/sources-decorations';
import { ArticleNameContext } from '../../../../src/shared/article-name-context';
import { ReaderStateProvider } from '../../../../src/shared/reader-state';
import { mergeDecorations, TextDecorationsProvider } from '../../../../src/shared/text-decorations';
import { readText, SEED_ARTICLE_FILE, smallArticle } from '../../../fixtures/load-fixture';

export function seedArticle(): ArticleInput {
  return JSON.parse(readText(SEED_ARTICLE_FILE)) as ArticleInput;
}

/** The reader with the quotes feature (and, as in the app, the sources feature) and the index. */
export function renderQuotes(input: ArticleInput = smallArticle(), name = 'harbour-council-vote') {
  const result = parseArticleData(input);
  if (!result.ok) throw new Error('fixture is invalid');
  const prepared = prepareArticle(result.article);
  const decorations = mergeDecorations(sourcesDecorations(prepared), quotesDecorations(prepared));
  const view = render(
    <MemoryRouter>
      <ArticleNameContext.Provider value={name}>
        <ReaderStateProvider>
          <TextDecorationsProvider value={decorations}>
            <ReaderView prepared={prepared} />
            <QuotesPanel prepared={prepared} />
          </TextDecorationsProvider>
        </ReaderStateProvider>
      </ArticleNameContext.Provider>
    </MemoryRouter>,
  );
  return { ...view, article: result.article, prepared };
}

/** The id of the paragraph or figure that an element (an inline note) comes right after. */
export function blockBefore(element: HTMLElement): string | undefined {
  const blocks = [...document.querySelectorAll('p.pv-paragraph, figure')];
  const before = blocks.filter(
    (block) => block.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
  return before.at(-1)?.id;
}
