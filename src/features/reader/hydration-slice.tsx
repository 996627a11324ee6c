import { Suspense, type ReactNode } from 'react';
import { speedMeasureOn } from '../../boot/speed-measures';

/** False in a build without hydration in slices (src/boot/speed-measures.ts): one hydration. */
export const HYDRATE_IN_SLICES = speedMeasureOn('hydrate-slices');

/**
 * A part of a pre-rendered page that React hydrates on its own, after the page's shell and in
 * steps that input interrupts. What renders it must pass it equal props while it waits: an
 * update reaching a part not yet hydrated makes React hydrate every such part at once.
 */
export function HydrationSlice({ children }: { children: ReactNode }) {
  return HYDRATE_IN_SLICES ? <Suspense fallback={null}>{children}</Suspense> : children;
}
