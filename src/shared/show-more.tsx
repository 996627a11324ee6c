import { useLayoutEffect, useRef, useState } from 'react';

/** How many items a long list shows at first, and how many more each "Show more" adds. */
export const PAGE_SIZE = 50;

/**
 * A page limit for a long list: rendering a thousand items at once is what made the panel slow.
 * `showMore` moves focus to the first newly shown item's first control, so a keyboard user
 * carries on where the list grew rather than at a button that has moved.
 */
export function usePaging<T extends HTMLElement>(itemSelector: string, pageSize = PAGE_SIZE) {
  const [limit, setLimit] = useState(pageSize);
  const list = useRef<T>(null);
  const focusIndex = useRef<number | null>(null);
  useLayoutEffect(() => {
    const index = focusIndex.current;
    if (index === null) return;
    focusIndex.current = null;
    const item = list.current?.querySelectorAll(itemSelector)[index];
    item?.querySelector<HTMLElement>('a[href], button')?.focus();
  }, [limit, itemSelector]);
  return {
    limit,
    list,
    /** Shows `count` more (a page by default). */
    showMore: (count = pageSize) => {
      focusIndex.current = limit;
      setLimit(limit + count);
    },
    /** Back to the first page (a new search). */
    reset: () => {
      setLimit(pageSize);
    },
    /** Puts the item at `index` on the page (a link leads to it); safe to call while rendering. */
    reach: (index: number) => {
      if (index >= limit) setLimit((Math.floor(index / pageSize) + 1) * pageSize);
    },
  };
}

type ShowMoreProps = {
  shown: number;
  total: number;
  noun: string;
  onMore: () => void;
  /** How many one click adds (the list's page size). */
  step?: number;
};

/** "Showing 50 of 812 · Show 50 more events", under a list that is not shown in full. */
export function ShowMore({ shown, total, noun, onMore, step = PAGE_SIZE }: ShowMoreProps) {
  if (shown >= total) return null;
  return (
    <p className="pv-show-more">
      Showing {shown} of {total} ·{' '}
      <button
        type="button"
        className="pv-link-button"
        onClick={() => {
          onMore();
        }}
      >
        Show {Math.min(step, total - shown)} more {noun}
      </button>
    </p>
  );
}
