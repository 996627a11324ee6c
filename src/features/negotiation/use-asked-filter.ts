import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { EventsShown } from '../../shared/app-url';

/** A change to the filter, applied to the latest one asked for (not to the last render's). */
export type FilterChange = (shown: EventsShown) => EventsShown;

function filterKey(shown: EventsShown): string {
  return JSON.stringify([shown.sides, shown.kinds]);
}

/**
 * The filter the view shows, kept in the URL by `write`. The router applies a new URL in a
 * transition, so until it does, the URL still holds the previous filter: a second click in that
 * moment must build on the first (never start again from the URL and lose it), and the
 * checkboxes must show what was clicked at once. The filters asked for and not yet seen back in
 * the URL are held here; a URL that is none of them (Back, another link) wins over them.
 */
export function useAskedFilter(
  fromUrl: EventsShown,
  write: (shown: EventsShown) => void,
): [EventsShown, (change: FilterChange) => void] {
  const urlKey = filterKey(fromUrl);
  // Read in event handlers only: what the URL said at the last commit, and the writes since.
  const url = useRef(fromUrl);
  const pending = useRef<EventsShown[]>([]);
  const [asked, setAsked] = useState<EventsShown | undefined>(undefined);

  useLayoutEffect(() => {
    url.current = fromUrl;
    const arrived = pending.current.findIndex((shown) => filterKey(shown) === urlKey);
    // Our own write came back (and every one before it): what is shown stays the very object it
    // was, so nothing below renders again for it. Anything else is a new place, and wins.
    if (arrived >= 0) pending.current = pending.current.slice(arrived + 1);
    else {
      pending.current = [];
      setAsked(undefined);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for `fromUrl`
  }, [urlKey]);

  const change = useCallback(
    (apply: FilterChange) => {
      const next = apply(pending.current.at(-1) ?? url.current);
      pending.current.push(next);
      setAsked(next);
      write(next);
    },
    [write],
  );
  return [asked ?? fromUrl, change];
}
