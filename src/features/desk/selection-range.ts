/** Where a DOM point lies in its block's text: the length of the text before it. */
function offsetIn(block: Element, node: Node, offset: number): number {
  const range = document.createRange();
  range.selectNodeContents(block);
  range.setEnd(node, offset);
  return range.toString().length;
}

export const BLOCK_ATTRIBUTE = 'data-desk-block';

function blockOf(node: Node | null, root: Element): Element | null {
  const element = node instanceof Element ? node : (node?.parentElement ?? null);
  const block = element?.closest(`[${BLOCK_ATTRIBUTE}]`) ?? null;
  return block && root.contains(block) ? block : null;
}

export type SelectedSpan = { blockId: string; start: number; end: number } | { error: string };

/**
 * The browser's selection as offsets into one block's text. The desk renders each block's text
 * exactly (marks are spans around it, nothing added), so counted characters are the offsets.
 */
export function selectedSpan(selection: Selection | null, root: Element): SelectedSpan | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const start = blockOf(range.startContainer, root);
  const end = blockOf(range.endContainer, root);
  if (!start && !end) return null;
  if (!start || start !== end) return { error: 'Select words within one paragraph.' };
  const blockId = start.getAttribute(BLOCK_ATTRIBUTE) ?? '';
  return {
    blockId,
    start: offsetIn(start, range.startContainer, range.startOffset),
    end: offsetIn(start, range.endContainer, range.endOffset),
  };
}

/** The DOM point at a character offset in a block's text (the inverse of `offsetIn`). */
export function pointIn(block: Element, offset: number): { node: Text; offset: number } | null {
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  let left = offset;
  let last: Text | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (left <= text.length) return { node: text, offset: left };
    left -= text.length;
    last = text;
  }
  return last ? { node: last, offset: last.length } : null;
}
