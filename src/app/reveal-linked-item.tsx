import { useEffect } from 'react';
import { useDisclosureActions } from '../shared/reader-state';
import { revealItem } from '../shared/reveal-item';

type RevealLinkedItemProps = {
  /** The DOM id to bring into view and focus, if a link named one. */
  targetId: string | undefined;
  /** Disclosures to open first, because they hide the target. */
  open: string[];
  /** Changes when the rail switches tab, so the target is looked for again. */
  tab: string;
};

// About three seconds: a rail panel's code may still be loading when the link is followed.
const MAX_FRAMES = 180;

/**
 * Opens what hides a linked item, then reveals it once it is on the page: it looks again on
 * each frame for a moment, since opened cards render a frame later than the link is followed.
 */
export function RevealLinkedItem({ targetId, open, tab }: RevealLinkedItemProps) {
  const { setOpen } = useDisclosureActions();
  const openKey = open.join(' ');

  useEffect(() => {
    if (openKey) setOpen(openKey.split(' '), true);
  }, [openKey, setOpen]);

  useEffect(() => {
    if (!targetId) return;
    let frame = 0;
    let handle = 0;
    const attempt = () => {
      if (revealItem(targetId) || frame >= MAX_FRAMES) return;
      frame += 1;
      handle = requestAnimationFrame(attempt);
    };
    handle = requestAnimationFrame(attempt);
    return () => {
      cancelAnimationFrame(handle);
    };
  }, [targetId, tab]);

  return null;
}
