import { lazy, Suspense, useEffect, useState } from 'react';
import { ErrorBoundary } from '../../shared/error-boundary';

const PassageLinkBarView = lazy(() =>
  import('./passage-link-bar-view').then((m) => ({ default: m.PassageLinkBarView })),
);

type PassageLinkBarProps = { rootSelector: string };

/** Whether the page's selection is text inside the article. */
function selectsText(rootSelector: string): boolean {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return false;
  return (
    document.querySelector(rootSelector)?.contains(selection.getRangeAt(0).commonAncestorContainer) ?? false
  );
}

/**
 * The link to a selected passage: its code (the passage's anchoring, the bar) loads with the
 * first selection in the article, not with the reader's first JavaScript, which most readers
 * never need it in.
 */
export function PassageLinkBar({ rootSelector }: PassageLinkBarProps) {
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    if (wanted) return;
    const onChange = () => {
      if (selectsText(rootSelector)) setWanted(true);
    };
    document.addEventListener('selectionchange', onChange);
    return () => {
      document.removeEventListener('selectionchange', onChange);
    };
  }, [wanted, rootSelector]);
  if (!wanted) return null;
  // Offline by then, its code may fail to load: said in place of the bar, the article stays.
  return (
    <ErrorBoundary area="the link to the selected passage">
      <Suspense fallback={null}>
        <PassageLinkBarView rootSelector={rootSelector} />
      </Suspense>
    </ErrorBoundary>
  );
}
