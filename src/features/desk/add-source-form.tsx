import { useId, useState, type SyntheticEvent } from 'react';
import type { Article } from '../../article/article-schema';
import type { SourceKind } from '../../article/sourcing-schema';
import type { Change } from './ops/change';
import { createSource } from './ops/source-ops';
import { SourceKindField } from './source-picker';
import { field } from './form-field';

type AddSourceFormProps = { article: Article; onApply: (change: Change) => void };

/**
 * A source the ingest missed (a leader whose order is only relayed, say): named and given a
 * kind here, then linked from an attribution's relay chain or a quotation's speaker.
 */
export function AddSourceForm({ article, onApply }: AddSourceFormProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string>();
  const [added, setAdded] = useState('');
  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const name = field(form, 'name').trim();
    if (article.sources.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      setError(`There is already a source named “${name}”.`);
      return;
    }
    onApply(createSource(article, { name, kind: field(form, 'kind') as SourceKind }).change);
    setError(undefined);
    setAdded(`Added the source “${name}” (reviewed: listed with every item, not only those to review).`);
    setOpen(false);
  };
  return (
    <div className="pv-desk-add">
      <button
        type="button"
        className="pv-desk-action"
        aria-expanded={open}
        aria-controls={`${id}-form`}
        onClick={() => {
          setOpen(!open);
          setAdded('');
        }}
      >
        New source
      </button>
      <p className="pv-desk-hint" role="status">
        {added}
      </p>
      {open && (
        <form id={`${id}-form`} className="pv-desk-form" onSubmit={submit} aria-label="New source">
          <label className="pv-desk-field">
            Name as the article gives it <input name="name" required />
          </label>
          <SourceKindField name="kind" defaultValue="named-person" className="pv-desk-field" />
          {error && (
            <p className="pv-desk-error" role="alert">
              {error}
            </p>
          )}
          <div className="pv-desk-row-actions">
            <button type="submit" className="pv-button">
              Add source
            </button>
            <button type="button" className="pv-desk-action" onClick={() => setOpen(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
