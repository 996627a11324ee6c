import type { PreparedArticle } from '../../article/prepare-article';

const numbered = new WeakMap<PreparedArticle, Map<string, number>>();

/**
 * Each source's endnote number in print, 1, 2, 3… in the order the text first cites it; the
 * sources the text never cites follow, in the article's order. Worked out once per article.
 */
export function sourceNumbers(prepared: PreparedArticle): Map<string, number> {
  let numbers = numbered.get(prepared);
  if (numbers) return numbers;
  numbers = new Map();
  const cited = prepared.article.body.flatMap((block) => prepared.attributionsByBlock.get(block.id) ?? []);
  for (const { sourceId } of cited) if (!numbers.has(sourceId)) numbers.set(sourceId, numbers.size + 1);
  for (const { id } of prepared.article.sources) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  numbered.set(prepared, numbers);
  return numbers;
}
