import { fold } from './quote-search';

const HIGHLIGHT = 'pv-search-match';

/**
 * Marks the words of a search in the text of `elements` with the CSS Custom Highlight API
 * (`::highlight(pv-search-match)`): the entries' markup and text stay as they are, and a long
 * list re-renders nothing for it. Folding keeps lengths (one character for one), so offsets in
 * the folded text are offsets in the node. Returns the clean-up; does nothing without the API.
 */
export function highlightMatches(elements: Iterable<Element>, query: string): () => void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined')
    return () => undefined;
  const words = fold(query).split(/\s+/).filter(Boolean);
  const ranges: Range[] = [];
  for (const element of words.length > 0 ? elements : []) {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = fold(node.nodeValue ?? '');
      for (const word of words)
        for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
          const range = new Range();
          range.setStart(node, at);
          range.setEnd(node, at + word.length);
          ranges.push(range);
        }
    }
  }
  CSS.highlights.set(HIGHLIGHT, new Highlight(...ranges));
  return () => {
    CSS.highlights.delete(HIGHLIGHT);
  };
}
