import { useSyncExternalStore } from 'react';
import type { Sourcing } from './app-url';

/**
 * Whether the text shows its full sourcing marks (underlines, labelled chips, quote and note
 * buttons) or reads quietly (one low-key sign per attributed passage). The marks are the same
 * elements in both modes: the choice is an attribute on the root element that the stylesheets
 * read, so switching re-renders nothing (a long article has thousands of marks) and the
 * pre-rendered page hydrates whatever the choice.
 */
export const SOURCING_ATTRIBUTE = 'data-pv-sourcing';
/** Where the reader's own choice is remembered across visits. */
export const SOURCING_STORAGE_KEY = 'provenance-sourcing';

let current: Sourcing = 'off';
const listeners = new Set<() => void>();

function stored(): Sourcing | undefined {
  try {
    const value = window.localStorage.getItem(SOURCING_STORAGE_KEY);
    return value === 'on' || value === 'off' ? value : undefined;
  } catch {
    // Storage can be refused (privacy settings, sandboxed frames): the choice is then per visit.
    return undefined;
  }
}

function apply(value: Sourcing) {
  document.documentElement.setAttribute(SOURCING_ATTRIBUTE, value);
  if (value === current) return;
  current = value;
  listeners.forEach((listener) => {
    listener();
  });
}

/**
 * Shows the mode a link asks for (`fromLink`), else the one the reader chose last time, else
 * the quiet text. A link's choice applies to this visit only; it is not remembered.
 */
export function startSourcing(fromLink: Sourcing | undefined): () => void {
  apply(fromLink ?? stored() ?? 'off');
  return () => {
    document.documentElement.removeAttribute(SOURCING_ATTRIBUTE);
  };
}

/** The reader's own choice: shown at once and remembered for the next visit. */
export function chooseSourcing(value: Sourcing): void {
  apply(value);
  try {
    window.localStorage.setItem(SOURCING_STORAGE_KEY, value);
  } catch {
    // Not remembered where storage is refused; it still applies now.
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The mode shown now; `off` while rendering on the server and hydrating (the quiet text). */
export function useSourcing(): Sourcing {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => 'off',
  );
}
