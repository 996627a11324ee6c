import { useEffect, useState } from 'react';
import type { Location, NavigationType } from 'react-router';
import { afterNextPaint } from '../shared/after-next-paint';
import { isOtherPage } from './route-paths';

export type Place = { location: Location; type: NavigationType };

/**
 * A link from the reader to another page (the negotiation view, the list) hides the reader at
 * once (its slot, in the router) and takes it down after the new page's first frame: the click
 * then waits for the page it opens, not also for removing a long article's thousands of
 * elements (a fifth of opening the negotiation view at 50×, decision 012).
 * `reader`: where the reader is, or was when it was left; null once it has gone.
 */
export function useLeavingReader({ location, type }: Place): { onReader: boolean; reader: Place | null } {
  const onReader = !isOtherPage(location.pathname);
  const [seen, setSeen] = useState<Place>({ location, type });
  const [left, setLeft] = useState<Place | null>(null);
  if (seen.location !== location) {
    // Adjusted while rendering, so that the click's own render never takes the reader down.
    setSeen({ location, type });
    // Back on the reader: nothing leaves. Off it, from the reader: the reader leaves.
    if (onReader) setLeft(null);
    else if (!isOtherPage(seen.location.pathname)) setLeft(seen);
  }
  useEffect(() => (left ? afterNextPaint(() => setLeft(null)) : undefined), [left]);
  return { onReader, reader: onReader ? { location, type } : left };
}
