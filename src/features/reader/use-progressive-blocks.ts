import { startTransition, useEffect, useMemo, useState } from 'react';
import type { PreparedArticle } from '../../article/prepare-article';
import { blocksOfItem } from './linked-blocks';

/** Below this many blocks an article is rendered whole at once (the seed has about 40). */
export const PROGRESSIVE_MIN_BLOCKS = 200;
/** Rendered complete from the start: more than fill the first screen, so nothing shifts there. */
export const FIRST_BLOCKS = 24;
/** Blocks completed per step afterwards; each step is a low-priority render that input interrupts. */
const STEP_BLOCKS = 40;
/** Around a linked item, so that the screen it is scrolled to is complete too. */
const AROUND_LINK = 8;

/**
 * Which blocks are rendered complete (marks, controls, cards) rather than as plain text. A long
 * article shows all its text at once and completes its blocks in steps after that: the first
 * screen at once, then the blocks around a linked item, then the rest in order. It depends on
 * the props alone, so a server render and its hydration agree (the linked item arrives after
 * hydration, src/app/article-route.tsx).
 */
export function useProgressiveBlocks(
  prepared: PreparedArticle,
  priorityBlockId?: string,
  linkedItemId?: string,
) {
  const { body } = prepared.article;
  const initial = body.length < PROGRESSIVE_MIN_BLOCKS ? body.length : FIRST_BLOCKS;
  const [state, setState] = useState({ prepared, done: initial });
  if (state.prepared !== prepared) setState({ prepared, done: initial });

  // A deep link's item comes first.
  const early = useMemo(() => {
    const around = new Set<number>();
    if (body.length < PROGRESSIVE_MIN_BLOCKS || !linkedItemId) return around;
    const linked = new Set(blocksOfItem(prepared, linkedItemId));
    body.forEach((block, index) => {
      if (!linked.has(block.id)) return;
      for (let i = index - AROUND_LINK; i <= index + AROUND_LINK; i += 1) around.add(i);
    });
    return around;
  }, [prepared, body, linkedItemId]);

  const { done } = state;
  useEffect(() => {
    if (done >= body.length) return;
    const timer = setTimeout(() => {
      startTransition(() => {
        setState((current) => ({ ...current, done: Math.min(body.length, current.done + STEP_BLOCKS) }));
      });
    }, 0);
    return () => {
      clearTimeout(timer);
    };
  }, [done, body.length]);

  const priority = priorityBlockId === undefined ? -1 : body.findIndex((b) => b.id === priorityBlockId);
  return (index: number) => index < done || index === priority || early.has(index);
}
