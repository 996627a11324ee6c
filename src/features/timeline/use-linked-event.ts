import { useState } from 'react';
import { useLocation } from 'react-router';
import { parseAppLocation } from '../../shared/app-url';

/**
 * Calls `reveal` when the URL comes to name an item that `isHidden` says the filters hide, so a
 * link to an event ("Show on timeline", an answer) always finds it. It runs while rendering, not
 * in an effect, so the event is on the page when the reader page reveals it.
 */
export function useLinkedEvent(isHidden: (id: string) => boolean, reveal: () => void): void {
  const { pathname, search } = useLocation();
  const location = parseAppLocation(pathname, search);
  const linked = location.kind === 'article' ? location.item : undefined;
  const [seen, setSeen] = useState(linked);
  if (linked === seen) return;
  setSeen(linked);
  if (linked !== undefined && isHidden(linked)) reveal();
}
