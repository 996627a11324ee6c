import { useEffect, useState } from 'react';
import { useArticleName } from './article-name-context';
import { shareableUrl } from './app-url';
import { copyText } from './copy-text';
import { itemPath } from './item-path';
import './permalink.css';

type PermalinkProps = {
  itemId: string;
  /** What the item is, for the accessible names ("paragraph", "quote from a source …"). */
  label: string;
  /** `gutter` sits in the margin beside a paragraph; `inline` in a card's footer. */
  placement?: 'gutter' | 'inline';
};

/**
 * A visible permalink (a real `rel="bookmark"` link, so it can be opened, bookmarked or
 * copied by the browser) and a button that copies the full URL, with a spoken confirmation.
 * In the gutter their visible marks are CSS, so each of a long article's paragraphs costs only
 * the elements a reader can reach.
 */
export function Permalink({ itemId, label, placement = 'inline' }: PermalinkProps) {
  const path = itemPath(useArticleName(), itemId);
  // The live region is added once the button is approached, before anything is said in it
  // (a region that appears with its message is not always announced).
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

  const gutter = placement === 'gutter';
  return (
    <span className={`pv-permalink pv-permalink--${placement}`}>
      <a className="pv-permalink-link" rel="bookmark" href={`#${path}`} aria-label={`Permalink to ${label}`}>
        {gutter ? null : 'Permalink'}
      </a>
      <button
        type="button"
        className="pv-permalink-copy"
        aria-label={`Copy link to ${label}`}
        onFocus={arm}
        onPointerEnter={arm}
        onClick={() => void copy()}
      >
        {gutter ? null : 'Copy link'}
      </button>
      {armed && (
        <span className="pv-permalink-status" role="status">
          {status}
        </span>
      )}
    </span>
  );
}
