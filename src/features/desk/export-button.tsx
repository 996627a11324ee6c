import { useId, useState } from 'react';
import type { Article } from '../../article/article-schema';
import { exportText } from './open-article';

type ExportButtonProps = { article: Article; defaultName: string; problems: number };

/** The file name the editor typed, as a download name: `.json` added, or why it cannot be one. */
export function exportFileName(typed: string, fallback: string): { name: string } | { error: string } {
  const raw = typed.trim() || fallback;
  if (/[\\/:*?"<>|\p{Cc}]/u.test(raw))
    return { error: 'A file name cannot hold / \\ : * ? " < > | or control characters.' };
  if (/^\.+$/.test(raw.replace(/\.json$/i, ''))) return { error: 'Give the file a name.' };
  return { name: /\.json$/i.test(raw) ? raw : `${raw}.json` };
}

/**
 * Downloads the article as `npm run validate` reads it, under a name the editor may change (the
 * article's by default); refused while a rule is broken.
 */
export function ExportButton({ article, defaultName, problems }: ExportButtonProps) {
  const id = useId();
  const [typed, setTyped] = useState(defaultName);
  const chosen = exportFileName(typed, defaultName);
  const download = () => {
    if (!('name' in chosen)) return;
    const url = URL.createObjectURL(new Blob([exportText(article)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = chosen.name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  const blocked = problems > 0 || 'error' in chosen;
  return (
    <div className="pv-desk-export">
      <label htmlFor={`${id}-name`}>File name</label>
      <input
        id={`${id}-name`}
        className="pv-desk-export-name"
        value={typed}
        spellCheck={false}
        aria-invalid={'error' in chosen}
        aria-describedby={'error' in chosen ? `${id}-error` : undefined}
        onChange={(e) => setTyped(e.target.value)}
      />
      <button
        type="button"
        className="pv-button"
        aria-disabled={blocked}
        aria-describedby={blocked ? `${id}-why` : undefined}
        onClick={() => !blocked && download()}
      >
        Export JSON
        {problems > 0 && (
          <span id={`${id}-why`} className="pv-visually-hidden">
            {' '}
            (fix the {problems} problems first)
          </span>
        )}
      </button>
      {'error' in chosen && (
        <span id={`${id}-error`} className="pv-desk-error" role="alert">
          {chosen.error}
        </span>
      )}
    </div>
  );
}
