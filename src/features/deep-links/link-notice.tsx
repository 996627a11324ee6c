import { useState } from 'react';
import './deep-links.css';

type LinkNoticeProps = { message: string };

/** Says what a link asked for that is not here, without hiding the article; can be dismissed. */
export function LinkNotice({ message }: LinkNoticeProps) {
  const [dismissed, setDismissed] = useState(false);
  if (dismissed) return null;
  return (
    <div className="pv-link-notice" role="alert">
      <p>{message}</p>
      <button
        type="button"
        className="pv-link-button"
        onClick={() => {
          setDismissed(true);
        }}
      >
        Dismiss
      </button>
    </div>
  );
}
