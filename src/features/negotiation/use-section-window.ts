import { startTransition, useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { afterNextPaint } from '../../shared/after-next-paint';
import { usePageShown } from '../../shared/page-shown';

/** Below this many sections everything is drawn from the second frame on: windowing pays only on a long story. */
const WINDOW_FROM = 24;
/** The latest the window settles (draws past the first screen) when no frame is painted. */
const SETTLE_LATEST_MS = 500;
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
  /** Section `index`'s height, last measured for the same `key` (its content), else estimated. */
  height: (index: number, key: string) => number;
  /**
   * Until the view's first frame is painted, a run of sections not drawn stands in as one
   * placeholder (the click pays for the screen, not for the rows below it); then a short story
   * is drawn whole, and a long one's sections each get their own, watched for coming near.
   */
  watching: boolean;
  /** The ref each section (drawn or not) passes to its outer element, with `data-index` and `data-key`. */
  observe: (element: HTMLElement | null) => (() => void) | undefined;
};

/**
 * The sections on the screen, `from` being how far down the graphic the screen starts (less
 * than 0 while the graphic starts lower down), plus `keep` and its neighbours.
 */
function onScreen(heights: readonly number[], from: number, keep: number | undefined): Set<number> {
  const drawn = new Set<number>();
  const to = from + (typeof window === 'undefined' ? 900 : window.innerHeight);
  let top = 0;
  for (let i = 0; i < heights.length && top < to; i++) {
    const bottom = top + (heights[i] ?? 0);
    if (bottom > from) drawn.add(i);
    top = bottom;
  }
  if (keep !== undefined) for (const i of [keep - 1, keep, keep + 1]) if (i >= 0) drawn.add(i);
  return drawn;
}

/**
 * Draws only the sections near the screen when there are many (a 1,000-event story): the rest
 * are placeholders of their last measured (else estimated) height, so the page keeps its
 * length and the scroll bar its meaning. `keep` (a linked event's section) is always drawn;
 * with `all` (printing) everything is. The first frame draws only what is on the screen, the
 * rest as runs, whatever the story's length; so does the first after a filter or a link
 * regroups a long story's events.
 */
export function useSectionWindow(
  estimates: readonly number[],
  keep: number | undefined,
  all: boolean,
  /** The element that holds the sections. */
  graphic: RefObject<HTMLElement | null>,
): SectionWindow {
  const windowed = !all && estimates.length >= WINDOW_FROM && typeof IntersectionObserver !== 'undefined';
  // Heights of sections seen, by their content (a filter may make a phase another height).
  const measured = useRef(new Map<string, number>());
  // Where the graphic starts on the page: guessed, then measured once drawn.
  const [offset, setOffset] = useState(ABOVE_ESTIMATE);
  const [near, setNear] = useState(() => onScreen(estimates, -offset, keep));
  const [watching, setWatching] = useState(false);
  const [sections, setSections] = useState(estimates);
  if (sections !== estimates) {
    setSections(estimates);
    setNear(onScreen(estimates, (typeof window === 'undefined' ? 0 : window.scrollY) - offset, keep));
    // A short story shown whole stays whole: runs of estimated height would move what follows
    // (an embed's height, the event a host page scrolls to) until the next frame.
    if (windowed) setWatching(false);
  }
  // Drawn ahead of a click, the view keeps its first frame (the screen it will open on) until
  // shown: the reader's scroll position is not the view's.
  const shown = usePageShown();
  useEffect(() => {
    if (all || watching || !shown) return undefined;
    const settle = () => {
      const top = graphic.current?.getBoundingClientRect().top;
      startTransition(() => {
        if (top !== undefined) setOffset(top + window.scrollY);
        setWatching(true);
      });
    };
    // A frame that is not painted (an embed below its host page's fold) still settles soon.
    const latest = window.setTimeout(settle, SETTLE_LATEST_MS);
    const cancel = afterNextPaint(() => {
      window.clearTimeout(latest);
      settle();
    });
    return () => {
      cancel();
      window.clearTimeout(latest);
    };
  }, [all, watching, graphic, shown]);
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
                  const { index, key } = (entry.target as HTMLElement).dataset;
                  if (entry.isIntersecting) next.add(Number(index));
                  else {
                    measured.current.set(key ?? '', entry.boundingClientRect.height);
                    next.delete(Number(index));
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
      // Out of sight, drawn ahead, every section would be seen as off the screen.
      if (!element || !observer || !windowed || !shown) return undefined;
      observer.observe(element);
      return () => {
        observer.unobserve(element);
      };
    },
    [observer, windowed, shown],
  );
  return {
    // A short story is drawn whole from its second frame on.
    drawn: (index) => all || (watching && !windowed) || near.has(index) || index === keep,
    height: (index, key) => measured.current.get(key) ?? estimates[index] ?? 0,
    watching: all || watching,
    observe,
  };
}
