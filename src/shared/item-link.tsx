import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useArticleName } from './article-name-context';
import { itemPath } from './item-path';

type ItemLinkProps = { itemId: string; className?: string; children: ReactNode };

/** A real link to an item of this article: following it scrolls to, reveals and focuses it. */
export function ItemLink({ itemId, className, children }: ItemLinkProps) {
  return (
    <Link to={itemPath(useArticleName(), itemId)} className={className}>
      {children}
    </Link>
  );
}
