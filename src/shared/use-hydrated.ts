import { useSyncExternalStore } from 'react';

const subscribeToNothing = () => () => undefined;

/**
 * False while rendering on the server and while hydrating what the server rendered; true once
 * the page is the browser's (and always when React renders without hydrating). Lets a
 * pre-rendered page hydrate as it was rendered, then show what only the browser knows (such as
 * the item a deep link names) in the very next render.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}
