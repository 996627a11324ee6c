import { useCallback, useSyncExternalStore } from 'react';

/**
 * Which quote the pointer or focus is on, so that every part of a split quote lights up
 * together. A small store rather than context state: only the parts whose answer changes
 * re-render. Entered quotes stack, so leaving a nested quote returns to its parent.
 */
export type ActiveQuoteStore = {
  subscribe: (listener: () => void) => () => void;
  current: () => string | undefined;
  enter: (id: string) => void;
  leave: (id: string) => void;
};

export function createActiveQuoteStore(): ActiveQuoteStore {
  let stack: string[] = [];
  const listeners = new Set<() => void>();
  const set = (next: string[]) => {
    stack = next;
    listeners.forEach((listener) => {
      listener();
    });
  };
  return {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    current: () => stack[stack.length - 1],
    enter: (id) => {
      set([...stack.filter((other) => other !== id), id]);
    },
    leave: (id) => {
      set(stack.filter((other) => other !== id));
    },
  };
}

export function useIsActiveQuote(store: ActiveQuoteStore, id: string): boolean {
  const isActive = useCallback(() => store.current() === id, [store, id]);
  // Hydrating, no quote is active, as in the pre-rendered page.
  return useSyncExternalStore(store.subscribe, isActive, () => false);
}
