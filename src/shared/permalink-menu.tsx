import { useRef } from 'react';
import { useArticleName } from './article-name-context';
import { itemPath } from './item-path';
import { placeFloating } from './place-floating';
import { useCopyLink } from './permalink';
import './permalink.css';

type PermalinkMenuProps = {
  itemId: string;
  /** What the item is, for the accessible names ("paragraph “North Korea and China…”"). */
  label: string;
};

/**
 * A paragraph's links behind one control: a small ¶ in the margin (one tab stop, before the
 * text as it is seen) that opens a popover with the permalink (a real `rel="bookmark"` link)
 * and "Copy link". The popover (`popover="auto"`) closes on Escape and on a click elsewhere,
 * and follows its button in the tab order.
 */
export function PermalinkMenu({ itemId, label }: PermalinkMenuProps) {
  const path = itemPath(useArticleName(), itemId);
  const { armed, arm, status, copy } = useCopyLink(path);
  const button = useRef<HTMLButtonElement>(null);
  const menuId = `${itemId}-links`;
  return (
    <span className="pv-permalink pv-permalink--gutter">
      <button
        ref={button}
        type="button"
        className="pv-permalink-toggle"
        popoverTarget={menuId}
        aria-label={`Links to ${label}`}
      />
      <div
        id={menuId}
        className="pv-permalink-menu"
        popover="auto"
        onToggle={(event) => {
          if (event.newState === 'open' && button.current)
            placeFloating(event.currentTarget, button.current, 'below');
        }}
      >
        <a
          className="pv-permalink-link"
          rel="bookmark"
          href={`#${path}`}
          aria-label={`Permalink to ${label}`}
        >
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
      </div>
    </span>
  );
}
