import type { PreparedArticle } from '../../article/prepare-article';
import { SOURCE_CATEGORIES, type SourceCategory } from '../../article/source-category';

/** Every kind of mark an article's text carries: what its key has to explain, and no more. */
export type MarksUsed = {
  categories: SourceCategory[];
  /** Some passage is hedged or inferred (its chip ends in "?"). */
  uncertain: boolean;
  quotes: boolean;
  nestedQuotes: boolean;
  notes: boolean;
  insertions: boolean;
  hedges: boolean;
};

export function marksUsed(prepared: PreparedArticle): MarksUsed {
  const { article } = prepared;
  const categories = new Set(prepared.categoryOfAttribution.values());
  return {
    categories: SOURCE_CATEGORIES.filter((category) => categories.has(category)),
    uncertain: article.attributions.some((a) => a.certainty !== 'stated'),
    quotes: article.quotes.length > 0,
    nestedQuotes: article.quotes.some((q) => q.parentId !== undefined),
    notes: article.notes.length > 0,
    insertions: article.quotes.some((q) => q.insertions.length > 0),
    hedges: article.attributions.some((a) => a.hedges.length > 0),
  };
}
