import type { Article } from '../article/article-schema';
import { blockText, type Block } from '../article/body-schema';
import type { TextRange } from '../article/text-range-schema';

/** What separates two blocks in the article's text (a blank line, as in plain text). */
export const BLOCK_SEPARATOR = '\n\n';

/**
 * The article's text as one string, for selectors that count positions in a document: every
 * block's published text (a figure's caption) in order, separated by a blank line. It is the
 * text the reader shows, block by block (each block's element holds exactly its text: the
 * controls draw their labels with CSS).
 */
export type ArticleText = {
  text: string;
  /** Each block's text and where it starts in `text`, in UTF-16 code units and in code points. */
  blocks: Map<string, { text: string; units: number; codePoints: number; element: string }>;
};

export function codePointLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i += 1;
    }
    count += 1;
  }
  return count;
}

/**
 * The CSS selector of the element that holds exactly a block's text in the reader: the block's
 * own element, but for a figure its caption (the figure also holds the image or its placeholder).
 */
export function blockElementSelector(block: Block): string {
  return block.type === 'figure' ? `#${block.id} > figcaption` : `#${block.id}`;
}

export function articleText(article: Article): ArticleText {
  const blocks: ArticleText['blocks'] = new Map();
  const pieces: string[] = [];
  let units = 0;
  let codePoints = 0;
  for (const block of article.body) {
    const text = blockText(block);
    blocks.set(block.id, { text, units, codePoints, element: blockElementSelector(block) });
    pieces.push(text);
    units += text.length + BLOCK_SEPARATOR.length;
    codePoints += codePointLength(text) + BLOCK_SEPARATOR.length;
  }
  return { text: pieces.join(BLOCK_SEPARATOR), blocks };
}

/**
 * A range's place in the article's text, in code points, as the W3C TextPositionSelector
 * counts ("character position"), where the file's ranges count UTF-16 code units.
 */
export function codePointSpan(text: ArticleText, range: TextRange): { start: number; end: number } {
  const block = text.blocks.get(range.blockId);
  // The schema's integrity rules guarantee every range's block; a caller passing another
  // article's range is a bug.
  if (!block) throw new Error(`the article has no block ${range.blockId}`);
  const start = block.codePoints + codePointLength(block.text.slice(0, range.start));
  return { start, end: start + codePointLength(block.text.slice(range.start, range.end)) };
}
