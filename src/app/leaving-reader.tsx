import { useEffect, useState } from 'react';
import { useLocation, useNavigationType, type Location, type NavigationType } from 'react-router';
import { isOtherPage } from './route-paths';

export type Place = { location: Location; type: NavigationType };

/** Calls `done` once the next frame has been painted (a rAF runs before it, a task after). */
function afterNextPaint(done: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(done, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * A link from the reader to another page (the negotiation view, the list) hides the reader at
 * once (an `Activity`, in the router) and takes it down after the new page's first frame: the
 * click then waits for the page it opens, not also for removing a long article's thousands of
 * elements (a fifth of opening the negotiation view at 50×, decision 012).
 * `reader`: where the reader is, or was when it was left; null once it has gone.
 */
export function useLeavingReader(): { onReader: boolean; reader: Place | null } {
  const location = useLocation();
  const type = useNavigationType();
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
