import { createContext, useContext } from 'react';

/** The name of the article on screen, so any feature can build links to its items. */
export const ArticleNameContext = createContext<string>('');

export function useArticleName(): string {
  return useContext(ArticleNameContext);
}
