import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Location, NavigationType } from 'react-router';
import { afterNextPaint } from '../shared/after-next-paint';
import { inAppLinkOf } from './page-ahead';
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
  useOpenAtTop(onReader, left);
  return { onReader, reader: onReader ? { location, type } : left };
}

/** Whether a click (or Enter) follows an in-app link to another page. */
function followsLinkToOtherPage(event: MouseEvent): boolean {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
    return false;
  const link = inAppLinkOf(event.target);
  const href = link?.getAttribute('href');
  return !!href && !link?.hasAttribute('target') && isOtherPage(href.slice(1).split(/[?#]/)[0] ?? '');
}

/**
 * A link followed from the reader opens the other page at its top: the reader's scroll position
 * is not the page's (a linked item is revealed after). Scrolled once the page is there, so that
 * the reader's own history entry keeps its position for Back; and only after a link, since Back
 * and Forward to a page are the browser's to restore.
 */
function useOpenAtTop(onReader: boolean, left: Place | null) {
  const followed = useRef(false);
  useEffect(() => {
    if (!onReader) return undefined;
    const onClick = (event: MouseEvent) => {
      followed.current = followsLinkToOtherPage(event);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [onReader]);
  useLayoutEffect(() => {
    if (!left || !followed.current) return;
    followed.current = false;
    window.scrollTo(0, 0);
  }, [left]);
}
