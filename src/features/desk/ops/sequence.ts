import type { Article } from '../../../article/article-schema';
import { blockText } from '../../../article/body-schema';
import type { TextRange } from '../../../article/text-range-schema';
import { applyChange, type Change } from './change';
import { rangeIn } from './text-ranges';

/** Several edits as one change (a new source and the quotation it speaks): one step to undo. */
export function sequence(article: Article, label: string, edits: ((current: Article) => Change)[]): Change {
  let current = article;
  const steps: Change['steps'] = [];
  for (const edit of edits) {
    const change = edit(current);
    current = applyChange(current, change);
    steps.push(...change.steps);
  }
  return { label, steps };
}

/** Words typed by the editor, found in a block (inside `within` when given): a range, or null. */
export function findWords(
  article: Article,
  blockId: string,
  words: string,
  within?: TextRange,
): TextRange | null {
  const block = article.body.find((b) => b.id === blockId);
  const wanted = words.trim();
  if (!block || wanted === '') return null;
  const text = blockText(block);
  const from = within?.start ?? 0;
  const at = text.indexOf(wanted, from);
  if (at < 0 || (within && at + wanted.length > within.end)) return null;
  return rangeIn(article, blockId, at, at + wanted.length);
}

/** Words typed by the editor, found anywhere in the article's text: the keyboard's selection. */
export function findInArticle(article: Article, words: string): TextRange | null {
  for (const block of article.body) {
    const found = findWords(article, block.id, words);
    if (found) return found;
  }
  return null;
}
