import type { ReactNode } from 'react';
import { beginsItem, segmentText, type Mark, type Segment } from '../../article/segment-text';
import { useTextDecorations } from '../../shared/text-decorations';
import { drawSegments } from './marked-text';

type StillTextProps = { text: string; marks: Mark[] | undefined };

/**
 * When the complete block replaces this one, the item boot.js or a deep link focused here goes
 * with it: its element of the same id takes the focus, in the commit that removed this one (a
 * microtask: after React has inserted the new element, before the browser paints), so no frame
 * shows the page without it. Called by React before it removes the node, while it still has focus.
 */
function handFocusOn(node: HTMLElement | null) {
  if (!node) return;
  return () => {
    const doc = node.ownerDocument;
    if (doc.activeElement !== node) return;
    queueMicrotask(() => {
      const next = doc.getElementById(node.id);
      if (!next || next === node || next.contains(doc.activeElement)) return;
      if (!next.hasAttribute('tabindex')) next.setAttribute('tabindex', '-1');
      next.focus({ preventScroll: true });
    });
  };
}

/**
 * What of a mark a block not yet complete draws: a bare element with its id where its item
 * begins (a quote's or attribution's), an insertion (kept whole beside a chip on a wide screen,
 * shared/marks.css), and otherwise its children alone. The marks' other looks (underlines,
 * italics) come with the complete block: only the full marks, shown on request, draw them.
 */
function stillElement(segment: Segment & { type: 'mark' }, children: ReactNode[], key: string): ReactNode {
  const { mark } = segment;
  if (mark.kind === 'insertion')
    return (
      <span key={key} className="pv-insertion pv-insertion--static">
        {children}
      </span>
    );
  if ((mark.kind === 'attribution' || mark.kind === 'quote') && beginsItem(mark)) {
    const data = mark.kind === 'quote' ? { 'data-quote': mark.id } : { 'data-attribution': mark.id };
    return (
      <span key={key} id={mark.id} {...data} ref={handFocusOn}>
        {children}
      </span>
    );
  }
  return children;
}

/**
 * A block's text while a long article is still completing it (use-progressive-blocks.ts): the
 * text, and each source's ring as an inert shape (`stillEnd`) glued to the passage's last word as
 * in the complete block, so its lines break where the complete block's will, and completing it
 * moves nothing on the quiet text's screen (a deep link's item stays where boot.js put it). None
 * of the marks' behaviour: no components, handlers, tips or cards, so a long article's far end
 * costs little. Each quote's and attribution's id is on a bare span, with the same `data-quote` or
 * `data-attribution` (which the card's kept room looks for, boot/contract.ts), so a link
 * `NAME.html#ID` into a long article's far end lands without JavaScript, and boot.js focuses its
 * item before the app runs, as in the first blocks. It depends on the article alone, so the
 * server's render and the hydration agree.
 */
export function StillText({ text, marks }: StillTextProps): ReactNode {
  const { stillEnd } = useTextDecorations();
  if (!marks?.length) return text;
  return drawSegments(segmentText(text, marks), {
    draw: stillElement,
    end: (mark) => stillEnd?.(mark),
  });
}
