import type { ReactNode } from 'react';
import { beginsItem, segmentText, type Mark, type Segment } from '../../article/segment-text';

type PlainTextProps = {
  text: string;
  marks: Mark[] | undefined;
};

/** The marks whose first piece carries its item's id in a complete block (marked-text.tsx). */
function carriesId(mark: Mark): mark is Mark & { kind: 'attribution' | 'quote' } {
  return (mark.kind === 'attribution' || mark.kind === 'quote') && beginsItem(mark);
}

/** Adjacent text is one string: one text node, as the server writes it (no `<!-- -->` between). */
function pushText(out: ReactNode[], text: string) {
  const last = out.length - 1;
  if (typeof out[last] === 'string') out[last] += text;
  else out.push(text);
}

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

function plainNodes(segments: readonly Segment[], out: ReactNode[]): void {
  for (const segment of segments) {
    if (segment.type === 'text') pushText(out, segment.text);
    else if (carriesId(segment.mark)) {
      const { kind, id } = segment.mark;
      const children: ReactNode[] = [];
      plainNodes(segment.children, children);
      const data = kind === 'quote' ? { 'data-quote': id } : { 'data-attribution': id };
      out.push(
        <span key={`${kind}-${id}`} id={id} {...data} ref={handFocusOn}>
          {children}
        </span>,
      );
    }
    // Every other mark (a hedge, an insertion, a note's anchor) adds no element here.
    else plainNodes(segment.children, out);
  }
}

/**
 * A block's text while a long article is still completing it (use-progressive-blocks.ts): the
 * text alone, no marks' looks, chips or cards, but each quote's and attribution's id on a bare
 * span over the words its mark covers in the complete block (with the same `data-quote` or
 * `data-attribution`, which the card's kept room looks for, boot/contract.ts). So a link
 * `NAME.html#ID` into a long article's far end lands without JavaScript, and boot.js focuses its
 * item before the app runs, as in the first blocks. It depends on the text and marks alone, so
 * the server's render and the hydration agree.
 */
export function PlainText({ text, marks }: PlainTextProps): ReactNode {
  if (!marks?.some(carriesId)) return text;
  const out: ReactNode[] = [];
  plainNodes(segmentText(text, marks), out);
  return out;
}
