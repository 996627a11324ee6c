import { createContext, useContext, type ReactNode } from 'react';
import type { Mark } from '../article/segment-text';

/**
 * How features add to the article text without the reader knowing them: controls placed where
 * a mark ends (a source toggle after a passage) and content after a block (the cards it opens).
 * app/ composes these from the features.
 */
export type TextDecorations = {
  markEnd?: (mark: Mark) => ReactNode;
  afterBlock?: (blockId: string) => ReactNode;
};

const TextDecorationsContext = createContext<TextDecorations>({});

export const TextDecorationsProvider = TextDecorationsContext.Provider;

export function useTextDecorations(): TextDecorations {
  return useContext(TextDecorationsContext);
}
