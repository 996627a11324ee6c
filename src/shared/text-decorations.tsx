import { createContext, Fragment, useContext, type ReactNode } from 'react';
import type { Mark } from '../article/segment-text';

/**
 * How features add to the article text without the reader knowing them. app/ composes these
 * from the features with `mergeDecorations`.
 */
export type TextDecorations = {
  /** Replaces the default element for a mark (return null to leave it to others). */
  renderMark?: (mark: Mark, children: ReactNode) => ReactNode;
  /** Controls placed where a mark ends (a source toggle after a passage). */
  markEnd?: (mark: Mark) => ReactNode;
  /**
   * The same controls' shapes without their behaviour (inert, hidden from assistive technology),
   * for a block a long article has not completed yet: its lines break as they will once complete.
   */
  stillEnd?: (mark: Mark) => ReactNode;
  /** Content after a block (the cards its controls open). */
  afterBlock?: (blockId: string) => ReactNode;
  /** Extra lines in a card about an item (an attribution or quote): "Show on timeline". */
  cardExtra?: (itemId: string) => ReactNode;
};

const TextDecorationsContext = createContext<TextDecorations>({});

export const TextDecorationsProvider = TextDecorationsContext.Provider;

export function useTextDecorations(): TextDecorations {
  return useContext(TextDecorationsContext);
}

const isNothing = (node: ReactNode) =>
  node === null || node === undefined || node === false || (Array.isArray(node) && node.length === 0);

function concat<A>(
  parts: TextDecorations[],
  pick: (d: TextDecorations) => ((arg: A) => ReactNode) | undefined,
) {
  const fns = parts.map(pick).filter((fn) => fn !== undefined);
  if (fns.length === 0) return undefined;
  // Nothing at all is null, so that the reader glues no word to it (marked-text.tsx).
  return (arg: A) => {
    const nodes = fns.map((fn, index) => ({ node: fn(arg), index })).filter(({ node }) => !isNothing(node));
    if (nodes.length === 0) return null;
    return nodes.map(({ node, index }) => <Fragment key={index}>{node}</Fragment>);
  };
}

/** Combines features' decorations: outputs are placed side by side; the first renderMark wins. */
export function mergeDecorations(...parts: TextDecorations[]): TextDecorations {
  const renderers = parts.map((d) => d.renderMark).filter((fn) => fn !== undefined);
  return {
    renderMark:
      renderers.length === 0
        ? undefined
        : (mark, children) => {
            for (const render of renderers) {
              const element = render(mark, children);
              if (element !== null && element !== undefined) return element;
            }
            return null;
          },
    markEnd: concat(parts, (d) => d.markEnd),
    stillEnd: concat(parts, (d) => d.stillEnd),
    afterBlock: concat(parts, (d) => d.afterBlock),
    cardExtra: concat(parts, (d) => d.cardExtra),
  };
}
