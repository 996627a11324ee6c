import { startTransition, useEffect, useState, useSyncExternalStore } from 'react';

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

/**
 * Like useHydrated, but after hydrating a pre-rendered page it turns true in a transition: what
 * it adds (the rail, say) renders in slices that input interrupts, not in the task that finishes
 * hydration. Rendering without hydrating, it is true at once. `inTransition` false: as useHydrated.
 */
export function useHydratedSoon(inTransition = true): boolean {
  const hydrated = useHydrated();
  const [soon, setSoon] = useState(hydrated);
  useEffect(() => {
    if (!soon) startTransition(() => setSoon(true));
  }, [soon]);
  return inTransition ? soon : hydrated;
}
