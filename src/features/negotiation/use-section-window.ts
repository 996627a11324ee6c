import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { afterNextPaint } from '../../shared/after-next-paint';

/** Below this many sections everything is drawn: windowing pays only on a long story. */
const WINDOW_FROM = 24;
/** Sections this far above or below the screen are drawn too, so scrolling finds them ready. */
const MARGIN = '1200px 0px';
/**
 * Roughly what stands above the graphic (the page's header, the tools, the key): the first
 * frame draws the sections that fit in the rest of the screen. A phone's taller header comes
 * with taller rows; a section short is drawn the moment after, when the window watches.
 */
const ABOVE_ESTIMATE = 250;

export type SectionWindow = {
  /** Whether section `index` is drawn; else a placeholder of `height(index)` stands in. */
  drawn: (index: number) => boolean;
  height: (index: number) => number;
  /**
   * Until the view's first frame is painted, a run of sections not drawn stands in as one
   * placeholder (the click pays for the screen, not for hundreds of elements below it); then
   * each gets its own, watched for coming near.
   */
  watching: boolean;
  /** The ref each section (drawn or not) passes to its outer element, with `data-index`. */
  observe: (element: HTMLElement | null) => (() => void) | undefined;
};

function firstScreen(estimates: readonly number[], keep: number | undefined): Set<number> {
  const drawn = new Set<number>();
  let total = 0;
  const limit = (typeof window === 'undefined' ? 900 : window.innerHeight) - ABOVE_ESTIMATE;
  for (let i = 0; i < estimates.length && total < limit; i++) {
    drawn.add(i);
    total += estimates[i] ?? 0;
  }
  if (keep !== undefined) for (const i of [keep - 1, keep, keep + 1]) if (i >= 0) drawn.add(i);
  return drawn;
}

/**
 * Draws only the sections near the screen when there are many (a 1,000-event story): the rest
 * are placeholders of their last measured (else estimated) height, so the page keeps its
 * length and the scroll bar its meaning. `keep` (a linked event's section) is always drawn;
 * with `all` (printing) everything is.
 */
export function useSectionWindow(
  estimates: readonly number[],
  keep: number | undefined,
  all: boolean,
): SectionWindow {
  const windowed = !all && estimates.length >= WINDOW_FROM && typeof IntersectionObserver !== 'undefined';
  const [near, setNear] = useState(() => firstScreen(estimates, keep));
  const [watching, setWatching] = useState(false);
  useEffect(() => (windowed ? afterNextPaint(() => startTransition(() => setWatching(true))) : undefined), [windowed]);
  const measured = useRef(new Map<number, number>());
  const [observer] = useState(() =>
    typeof IntersectionObserver === 'undefined'
      ? undefined
      : new IntersectionObserver(
          (entries) => {
            // Drawing sections that scroll near may yield to the scrolling itself.
            startTransition(() => {
              setNear((previous) => {
                const next = new Set(previous);
                for (const entry of entries) {
                  const index = Number((entry.target as HTMLElement).dataset.index);
                  if (entry.isIntersecting) next.add(index);
                  else {
                    measured.current.set(index, entry.boundingClientRect.height);
                    next.delete(index);
                  }
                }
                return next.size === previous.size && [...next].every((i) => previous.has(i))
                  ? previous
                  : next;
              });
            });
          },
          { rootMargin: MARGIN },
        ),
  );
  useEffect(() => () => observer?.disconnect(), [observer]);
  const observe = useCallback(
    (element: HTMLElement | null) => {
      if (!element || !observer || !windowed) return undefined;
      observer.observe(element);
      return () => {
        observer.unobserve(element);
      };
    },
    [observer, windowed],
  );
  return {
    drawn: (index) => !windowed || near.has(index) || index === keep,
    height: (index) => measured.current.get(index) ?? estimates[index] ?? 0,
    watching: !windowed || watching,
    observe,
  };
}
