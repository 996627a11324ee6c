import { quoteFromRange, type TextQuote } from '../../shared/text-quote';

/** Characters from the start of `container` to a point inside it (its text content offset). */
function offsetWithin(container: Node, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(container, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/**
 * The passage a reader has selected in one paragraph of the article, as a text quote. A
 * paragraph's text content is exactly its published text (controls draw their labels with CSS),
 * so offsets in the DOM are offsets in the data. A selection running past its paragraph is cut
 * at the paragraph's end.
 */
export function selectedPassage(selection: Selection | null, root: Element): TextQuote | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const startNode = range.startContainer;
  const paragraph = (startNode instanceof Element ? startNode : startNode.parentElement)?.closest(
    'p.pv-paragraph',
  );
  if (!paragraph || !root.contains(paragraph)) return null;
  const text = paragraph.textContent;
  const start = offsetWithin(paragraph, startNode, range.startOffset);
  const end = paragraph.contains(range.endContainer)
    ? offsetWithin(paragraph, range.endContainer, range.endOffset)
    : text.length;
  // Trim the selection's outer whitespace: a double-click often takes a trailing space.
  const slice = text.slice(start, end);
  const leading = slice.length - slice.trimStart().length;
  const trailing = slice.length - slice.trimEnd().length;
  if (start + leading >= end - trailing) return null;
  return quoteFromRange(text, start + leading, end - trailing);
}
