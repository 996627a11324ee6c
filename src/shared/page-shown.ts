import { createContext, useContext } from 'react';

/**
 * False while a page is drawn ahead of a click, out of sight (src/app/page-ahead.ts): its
 * effects that reach beyond its own elements (the title, the scroll, focus, the window of rows
 * it watches) wait until the page is shown. True everywhere else.
 */
export const PageShownContext = createContext(true);

export function usePageShown(): boolean {
  return useContext(PageShownContext);
}
