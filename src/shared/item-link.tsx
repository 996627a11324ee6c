import type { ReactNode } from 'react';
import { useArticleName } from './article-name-context';
import { itemPath } from './item-path';

type ItemLinkProps = { itemId: string; className?: string; children: ReactNode };

/**
 * A real link to an item of this article: following it scrolls to, reveals and focuses it.
 * A plain anchor to the fragment, not react-router's Link: the hash router follows fragment
 * changes by itself, and Link looks up `<base>` on every render, which is slow across
 * thousands of links in a long article.
 */
export function ItemLink({ itemId, className, children }: ItemLinkProps) {
  return (
    <a href={`#${itemPath(useArticleName(), itemId)}`} className={className}>
      {children}
    </a>
  );
}
