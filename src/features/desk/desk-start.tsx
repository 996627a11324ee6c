import { useId, useState, type SyntheticEvent } from 'react';
import type { Article } from '../../article/article-schema';
import { openFile, openText } from './open-article';
import { field } from './form-field';
import { SiteBar } from '../../shared/all-articles-link';

type DeskStartProps = { onOpen: (article: Article) => void };

/** A new article: pasted text or a picked file (plain text is drafted by the ingest, here). */
export function DeskStart({ onOpen }: DeskStartProps) {
  const id = useId();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = field(new FormData(event.currentTarget), 'text');
    const opened = openText(text);
    if (opened.ok) onOpen(opened.article);
    else setError(opened.message);
  };
  const pick = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    const opened = await openFile(file);
    setBusy(false);
    if (opened.ok) onOpen(opened.article);
    else setError(opened.message);
  };
  return (
    <>
      {/* The way out when the desk is where the reader arrived: to the other articles. */}
      <SiteBar className="pv-desk-site" />
      <main className="pv-desk-start" aria-labelledby={`${id}-title`}>
        <h1 id={`${id}-title`} className="pv-desk-start-title">
          Start an article
        </h1>
        <p>
          Paste the article’s text, one paragraph a line. The desk drafts its sources, attributions,
          quotations and events; you review each one. The text itself stays exactly as published.
        </p>
        <form onSubmit={submit} className="pv-desk-form">
          <label htmlFor={`${id}-text`} className="pv-desk-field-label">
            Article text
          </label>
          <textarea id={`${id}-text`} name="text" rows={14} className="pv-desk-paste" required />
          <button type="submit" className="pv-button">
            Draft from this text
          </button>
        </form>
        <p className="pv-desk-or">or</p>
        <label className="pv-desk-field">
          Open a file (plain text, or an article’s JSON){' '}
          <input
            type="file"
            accept=".txt,.json,text/plain,application/json"
            disabled={busy}
            onChange={(e) => void pick(e.target.files?.[0])}
          />
        </label>
        {error && (
          <p className="pv-desk-error" role="alert">
            {error}
          </p>
        )}
      </main>
    </>
  );
}
