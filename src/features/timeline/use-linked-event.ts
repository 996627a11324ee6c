import { useState } from 'react';
import { useLocation } from 'react-router';
import { parseAppLocation } from '../../shared/app-url';

/**
 * Calls `onLink` with the item the URL names whenever that changes, and when the panel mounts
 * with a link already in the URL, so the panel can make sure a linked event is on the page (not
 * filtered out, not beyond the first page). It runs while rendering, not in an effect, so the
 * event is there when the reader page reveals it.
 */
export function useLinkedEvent(onLink: (id: string) => void): void {
  const { pathname, search } = useLocation();
  const location = parseAppLocation(pathname, search);
  const linked = location.kind === 'article' ? location.item : undefined;
  const [seen, setSeen] = useState<string | undefined>(undefined);
  if (linked === seen) return;
  setSeen(linked);
  if (linked !== undefined) onLink(linked);
}
