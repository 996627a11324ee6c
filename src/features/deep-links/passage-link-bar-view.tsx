import { useEffect, useState } from 'react';
import { buildAppPath, shareableUrl } from '../../shared/app-url';
import { useArticleName } from '../../shared/article-name-context';
import { copyText } from '../../shared/copy-text';
import { excerpt } from '../../article/excerpt';
import type { TextQuote } from '../../shared/text-quote';
import { selectedPassage } from './selected-passage';
import './deep-links.css';

type PassageLinkBarViewProps = { rootSelector: string };

/**
 * When text is selected in the article, offers a link to exactly that passage. The bar's
 * buttons keep the selection (no focus steal on mouse down), so copying does not lose it.
 * Loaded with the first selection in the article (passage-link-bar.tsx).
 */
export function PassageLinkBarView({ rootSelector }: PassageLinkBarViewProps) {
  const articleName = useArticleName();
  const [quote, setQuote] = useState<TextQuote | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    const onChange = () => {
      const root = document.querySelector(rootSelector);
      const next = root ? selectedPassage(document.getSelection(), root) : null;
      if (next) setStatus('');
      if (next || !document.activeElement?.closest('.pv-passage-bar')) setQuote(next);
    };
    // The selection that loaded this module is already there.
    onChange();
    document.addEventListener('selectionchange', onChange);
    return () => {
      document.removeEventListener('selectionchange', onChange);
    };
  }, [rootSelector]);

  if (!quote) return null;
  const path = buildAppPath({ kind: 'article', article: articleName, passage: quote }, articleName);
  const copy = async () => {
    const copied = await copyText(shareableUrl(path, window.location.href));
    setStatus(copied ? 'Link to the passage copied' : 'Could not copy: use “Open link” and copy the address');
  };
  return (
    <div className="pv-passage-bar" role="region" aria-label="Link to the selected passage">
      <p className="pv-passage-bar-text">
        Selected: <q>{excerpt(quote.exact, 60)}</q>
      </p>
      <button
        type="button"
        className="pv-button"
        onMouseDown={(event) => {
          event.preventDefault();
        }}
        onClick={() => void copy()}
      >
        Copy link to passage
      </button>
      <a className="pv-passage-bar-open" href={`#${path}`}>
        Open link
      </a>
      <button
        type="button"
        className="pv-link-button"
        onClick={() => {
          setQuote(null);
        }}
      >
        Dismiss
      </button>
      <span className="pv-passage-bar-status" role="status">
        {status}
      </span>
    </div>
  );
}
