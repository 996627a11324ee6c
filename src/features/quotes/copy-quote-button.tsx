import { useState } from 'react';
import { copyText } from '../../shared/copy-text';

type CopyQuoteButtonProps = { text: string; label: string };

/** Copies a quote with its attribution and link; says so in a polite live region. */
export function CopyQuoteButton({ text, label }: CopyQuoteButtonProps) {
  const [status, setStatus] = useState('');
  return (
    <p className="pv-copy">
      <button
        type="button"
        className="pv-copy-button"
        onClick={() => {
          setStatus('');
          void copyText(text).then((ok) => {
            setStatus(
              ok
                ? 'Quote copied, with its attribution and link.'
                : 'Could not copy: select the quote and copy it.',
            );
          });
        }}
      >
        {label}
      </button>
      <span className="pv-copy-status" role="status">
        {status}
      </span>
    </p>
  );
}
