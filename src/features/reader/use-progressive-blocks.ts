import {
  startTransition,
  useCallback,
  useEffect,
  useMemo,
  useState,
  type Dispatch,
  type SetStateAction,
} from 'react';
import type { PreparedArticle } from '../../article/prepare-article';
import { usePrinting } from '../../shared/reader-state';
import { blocksOfItem } from './linked-blocks';

/** Below this many blocks an article is rendered whole at once (the seed has about 40). */
export const PROGRESSIVE_MIN_BLOCKS = 200;
/** Rendered complete from the start: more than fill the first screen, so nothing shifts there. */
export const FIRST_BLOCKS = 24;
/** Without IntersectionObserver: blocks completed per step, each a low-priority render. */
const STEP_BLOCKS = 40;
/** Around a linked item, so that the screen it is scrolled to is complete too. */
const AROUND_LINK = 8;
/** A run of blocks this near the screen is completed, so that scrolling finds it ready. */
const COMPLETE_MARGIN = '200% 0px';

export type ProgressiveBlocks = {
  /** Whether the article is long enough to be completed run by run. */
  isProgressive: boolean;
  isComplete: (index: number) => boolean;
  /** The ref callback of a run of blocks whose first block is `first` (its index in the body). */
  observeRun: (element: HTMLElement | null, first: number, last: number) => (() => void) | undefined;
};

const NOTHING: ReadonlySet<number> = new Set();

/**
 * Which blocks are rendered complete (marks, controls, cards) rather than as plain text. A long
 * article shows all its text at once, complete in its first screen, around a linked item, and in
 * the runs of blocks that come near the screen; the rest stays plain text until then (or until
 * the page is printed). So the app holds a few thousand components, not sixty thousand, until
 * the reader has been everywhere: starting, tapping and leaving the page stay quick (issues 19,
 * 21). It depends on the props alone at first, so a server render and its hydration agree (the
 * linked item arrives after hydration, src/app/article-route.tsx).
 */
export function useProgressiveBlocks(
  prepared: PreparedArticle,
  priorityBlockId?: string,
  linkedItemId?: string,
): ProgressiveBlocks {
  const { body } = prepared.article;
  const progressive = body.length >= PROGRESSIVE_MIN_BLOCKS;
  const [state, setState] = useState<State>({
    prepared,
    done: progressive ? FIRST_BLOCKS : body.length,
    near: NOTHING,
  });
  if (state.prepared !== prepared)
    setState({ prepared, done: progressive ? FIRST_BLOCKS : body.length, near: NOTHING });
  // A printed article has every block complete, and keeps them so after printing.
  const printing = usePrinting();
  if (printing && state.done < body.length) setState({ ...state, done: body.length });

  // A deep link's item comes first.
  const early = useMemo(() => {
    const around = new Set<number>();
    if (!progressive || !linkedItemId) return around;
    const linked = new Set(blocksOfItem(prepared, linkedItemId));
    body.forEach((block, index) => {
      if (!linked.has(block.id)) return;
      for (let i = index - AROUND_LINK; i <= index + AROUND_LINK; i += 1) around.add(i);
    });
    return around;
  }, [prepared, body, linkedItemId, progressive]);

  const runs = useRunWatcher(prepared, progressive, setState);

  // Without IntersectionObserver (an old browser, jsdom), the rest is completed in steps.
  const { done } = state;
  const stepping = progressive && typeof IntersectionObserver === 'undefined';
  useEffect(() => {
    if (!stepping || done >= body.length) return undefined;
    const timer = setTimeout(() => {
      startTransition(() => {
        setState((current) => ({ ...current, done: Math.min(body.length, current.done + STEP_BLOCKS) }));
      });
    }, 0);
    return () => {
      clearTimeout(timer);
    };
  }, [stepping, done, body.length]);

  const priority = priorityBlockId === undefined ? -1 : body.findIndex((b) => b.id === priorityBlockId);
  const { near } = state;
  const isComplete = useCallback(
    (index: number) => index < done || index === priority || early.has(index) || near.has(index),
    [done, priority, early, near],
  );
  return { isProgressive: progressive, isComplete, observeRun: runs };
}

type State = { prepared: PreparedArticle; done: number; near: ReadonlySet<number> };

/**
 * The ref callback that watches runs of blocks and adds those that come near the screen to
 * `near`. Stable for good (the runs are memoized and may still be waiting to hydrate: a new prop
 * would make React hydrate them all at once).
 */
function useRunWatcher(
  prepared: PreparedArticle,
  progressive: boolean,
  setState: Dispatch<SetStateAction<State>>,
): ProgressiveBlocks['observeRun'] {
  const [watcher] = useState(() => new RunWatcher(setState));
  // Afresh for another article in the same runs (an editor's preview): its `near` starts empty.
  useEffect(() => {
    if (progressive) watcher.start();
    return () => {
      watcher.stop();
    };
  }, [watcher, prepared, progressive]);
  return watcher.observeRun;
}

class RunWatcher {
  /** Each watched run's first and last block (indices in the body). */
  private readonly runs = new Map<Element, readonly [number, number]>();
  private observer: IntersectionObserver | undefined;
  private active = false;

  constructor(private readonly setState: Dispatch<SetStateAction<State>>) {}

  readonly observeRun = (element: HTMLElement | null, first: number, last: number) => {
    if (!element) return undefined;
    // Focus in a run completes the runs around it too: Tab (or Shift+Tab) then finds the next
    // run's controls even where no marks lie within a screen or two of the run's end.
    const length = last - first + 1;
    const onFocus = () => {
      this.arrive([[first - length, last + length]]);
    };
    element.addEventListener('focusin', onFocus);
    const watched = last >= FIRST_BLOCKS;
    if (watched) {
      this.runs.set(element, [first, last]);
      this.observer?.observe(element);
    }
    return () => {
      element.removeEventListener('focusin', onFocus);
      if (!watched) return;
      this.runs.delete(element);
      this.observer?.unobserve(element);
    };
  };

  start() {
    this.active = true;
    if (this.observer || typeof IntersectionObserver === 'undefined') return;
    this.observer = new IntersectionObserver(
      (entries) => {
        this.arrive(
          entries.flatMap((e) => {
            const run = e.isIntersecting ? this.runs.get(e.target) : undefined;
            return run ? [run] : [];
          }),
        );
      },
      { rootMargin: COMPLETE_MARGIN },
    );
    for (const run of this.runs.keys()) this.observer.observe(run);
  }

  stop() {
    this.active = false;
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private arrive(ranges: readonly (readonly [number, number])[]) {
    if (!this.active || ranges.length === 0) return;
    startTransition(() => {
      this.setState((state) => withNear(state, ranges));
    });
  }
}

/** The state with the blocks in `ranges` added (the same state when none is new). */
function withNear(state: State, ranges: readonly (readonly [number, number])[]): State {
  const near = new Set(state.near);
  for (const [first, last] of ranges) for (let i = Math.max(0, first); i <= last; i += 1) near.add(i);
  return near.size === state.near.size ? state : { ...state, near };
}
