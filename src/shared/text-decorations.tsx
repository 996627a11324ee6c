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

function concat<A>(
  parts: TextDecorations[],
  pick: (d: TextDecorations) => ((arg: A) => ReactNode) | undefined,
) {
  const fns = parts.map(pick).filter((fn) => fn !== undefined);
  if (fns.length === 0) return undefined;
  return (arg: A) => fns.map((fn, index) => <Fragment key={index}>{fn(arg)}</Fragment>);
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
    afterBlock: concat(parts, (d) => d.afterBlock),
    cardExtra: concat(parts, (d) => d.cardExtra),
  };
}
