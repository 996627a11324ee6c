import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ArticleInput } from '../../../../src/article/article-schema';
import { parseArticleData } from '../../../../src/article/parse-article';
import { prepareArticle } from '../../../../src/article/prepare-article';
import { answerDigest } from '../../../../src/features/negotiation/answer-digest';
import { AnswerDigestLine } from '../../../../src/shared/answer-digest-line';
import { negotiationLayout } from '../../../../src/features/negotiation/negotiation-layout';
import { readText, SEED_ARTICLE_FILE } from '../../../fixtures/load-fixture';

function seed() {
  const result = parseArticleData(JSON.parse(readText(SEED_ARTICLE_FILE)) as ArticleInput);
  if (!result.ok) throw new Error('the seed article does not parse');
  return prepareArticle(result.article);
}

describe('who answered whom, at a glance', () => {
  it('tallies the seed’s four drawn answers by the sides, refusals first', () => {
    const layout = negotiationLayout(seed(), { shown: {} });
    expect(answerDigest(layout)).toEqual([
      {
        answering: ['China'],
        asked: ['North Korea'],
        total: 4,
        kinds: [
          { kind: 'objection', count: 2, refusal: true },
          { kind: 'rejection', count: 1, refusal: true },
          { kind: 'statement', count: 1, refusal: false },
        ],
      },
    ]);
    const { container } = render(<AnswerDigestLine tallies={answerDigest(layout)} />);
    expect(container).toHaveTextContent(
      'China answered North Korea 4 times: 2 objections, 1 rejection, 1 statement',
    );
    // Refusals are set apart by weight and colour, and said in words.
    expect([...container.querySelectorAll('.pv-answer-digest-refusal')].map((e) => e.textContent)).toEqual([
      '2 objections',
      '1 rejection',
    ]);
  });

  it('follows the filters: only the answers drawn are told', () => {
    const layout = negotiationLayout(seed(), { shown: { kinds: ['request', 'objection'] } });
    expect(answerDigest(layout)).toEqual([
      {
        answering: ['China'],
        asked: ['North Korea'],
        total: 1,
        kinds: [{ kind: 'objection', count: 1, refusal: true }],
      },
    ]);
    const { container } = render(<AnswerDigestLine tallies={answerDigest(layout)} />);
    expect(container).toHaveTextContent('China answered North Korea once: 1 objection');
  });

  it('says nothing when no answer is drawn', () => {
    const layout = negotiationLayout(seed(), { shown: { kinds: ['outbreak'] } });
    expect(answerDigest(layout)).toEqual([]);
    const { container } = render(<AnswerDigestLine tallies={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
