import { useEffect, useState } from 'react';
import { useArticleName } from './article-name-context';
import { shareableUrl } from './app-url';
import { copyText } from './copy-text';
import { itemPath } from './item-path';
import './permalink.css';

/**
 * Copying an item's full URL, with a spoken confirmation. The live region is added once the
 * copy button is approached (`arm`), before anything is said in it (a region that appears
 * with its message is not always announced).
 */
export function useCopyLink(path: string) {
  const [armed, setArmed] = useState(false);
  const arm = () => {
    setArmed(true);
  };
  const [status, setStatus] = useState('');
  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => {
      setStatus('');
    }, 4000);
    return () => {
      clearTimeout(timer);
    };
  }, [status]);
  const copy = async () => {
    arm();
    const copied = await copyText(shareableUrl(path, window.location.href));
    setStatus(copied ? 'Link copied' : 'Could not copy: use the link instead');
  };
  return { armed, arm, status, copy };
}

type PermalinkProps = {
  itemId: string;
  /** What the item is, for the accessible names ("paragraph", "quote from a source …"). */
  label: string;
};

/**
 * A visible permalink (a real `rel="bookmark"` link, so it can be opened, bookmarked or
 * copied by the browser) and a button that copies the full URL, for a card's footer.
 * Paragraphs have theirs behind one control (permalink-menu.tsx).
 */
export function Permalink({ itemId, label }: PermalinkProps) {
  const path = itemPath(useArticleName(), itemId);
  const { armed, arm, status, copy } = useCopyLink(path);
  return (
    <span className="pv-permalink pv-permalink--inline">
      <a className="pv-permalink-link" rel="bookmark" href={`#${path}`} aria-label={`Permalink to ${label}`}>
        Permalink
      </a>
      <button
        type="button"
        className="pv-permalink-copy"
        aria-label={`Copy link to ${label}`}
        onFocus={arm}
        onPointerEnter={arm}
        onClick={() => void copy()}
      >
        Copy link
      </button>
      {armed && (
        <span className="pv-permalink-status" role="status">
          {status}
        </span>
      )}
    </span>
  );
}
