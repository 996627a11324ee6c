import { useEffect } from 'react';
import { usePageShown } from '../shared/page-shown';
import { useDisclosureActions, type DisclosureKey } from '../shared/reader-state';
import { revealItem } from '../shared/reveal-item';

type RevealLinkedItemProps = {
  /** The DOM id to bring into view and focus, if a link named one. */
  targetId: string | undefined;
  /** Disclosures to open first, because they hide the target. */
  open: DisclosureKey[];
  /** Changes when the rail switches tab, so the target is looked for again. */
  tab: string;
};

// About three seconds: a rail panel's code may still be loading when the link is followed.
const MAX_FRAMES = 180;

/**
 * Opens what hides a linked item, then reveals it once it is on the page: it looks again on
 * each frame for a moment, since a panel's code may still be loading.
 */
export function RevealLinkedItem({ targetId, open, tab }: RevealLinkedItemProps) {
  const { setOpen } = useDisclosureActions();
  // A page drawn ahead of a click reveals nothing until the click shows it.
  const shown = usePageShown();
  // Opened again only when the keys change, not when an equal array is passed again: the
  // string stands for the keys (made by their builders; no key holds a space).
  const openKey = open.join(' ');

  useEffect(() => {
    if (shown && openKey) setOpen(openKey.split(' ') as DisclosureKey[], true);
  }, [openKey, setOpen, shown]);

  // Back and forward to a linked item: the browser would restore the old scroll position after
  // the reveal had begun, cancelling it. The mode belongs to this history entry only.
  useEffect(() => {
    if (shown) history.scrollRestoration = targetId ? 'manual' : 'auto';
  }, [targetId, shown]);

  useEffect(() => {
    if (!targetId || !shown) return;
    let frame = 0;
    let handle = 0;
    let cancelled = false;
    const attempt = () => {
      if (cancelled || revealItem(targetId) || frame >= MAX_FRAMES) return;
      frame += 1;
      handle = requestAnimationFrame(attempt);
    };
    // At once when the item is already on the page; else once the cards opened above have
    // rendered (React renders them in a microtask queued before this one); else frame by frame.
    if (!revealItem(targetId)) queueMicrotask(attempt);
    return () => {
      cancelled = true;
      cancelAnimationFrame(handle);
    };
  }, [targetId, tab, shown]);

  return null;
}
