import { useId, useState } from 'react';
import type { Article } from '../../article/article-schema';
import { SOURCE_KIND_LABELS } from '../../article/source-category';
import { SourceKindSchema, type SourceKind } from '../../article/sourcing-schema';
import type { Change } from './ops/change';
import { createSource } from './ops/source-ops';
import { field } from './form-field';

const SOURCE_KINDS = SourceKindSchema.options;
export const NEW_SOURCE = '__new__';

type SourceKindFieldProps = { name: string; defaultValue: SourceKind; className?: string };

/** A source's kind, each named as the reader names it (SOURCE_KIND_LABELS). */
export function SourceKindField({ name, defaultValue, className }: SourceKindFieldProps) {
  return (
    <label className={className}>
      Kind{' '}
      <select name={name} defaultValue={defaultValue}>
        {SOURCE_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {SOURCE_KIND_LABELS[kind]}
          </option>
        ))}
      </select>
    </label>
  );
}

type SourcePickerProps = {
  article: Article;
  label: string;
  name: string;
  defaultId?: string;
  optional?: boolean;
};

/** A source from the article's list, or a new one named here (made with the item). */
export function SourcePicker({ article, label, name, defaultId, optional }: SourcePickerProps) {
  const id = useId();
  const [value, setValue] = useState(defaultId ?? (optional ? '' : (article.sources[0]?.id ?? NEW_SOURCE)));
  return (
    <div className="pv-desk-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} value={value} onChange={(e) => setValue(e.target.value)}>
        {optional && <option value="">none</option>}
        {article.sources.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
        <option value={NEW_SOURCE}>New source…</option>
      </select>
      {value === NEW_SOURCE && (
        <div className="pv-desk-subfields">
          <label>
            New source’s name <input name={`${name}-new-name`} required />
          </label>
          <SourceKindField name={`${name}-new-kind`} defaultValue="anonymous-person" />
        </div>
      )}
    </div>
  );
}

/**
 * The source a picker chose, creating it first when it is new: the edits to run before the
 * item's own, and the id the item should name.
 */
export function pickedSource(
  article: Article,
  form: FormData,
  name: string,
): { edits: ((a: Article) => Change)[]; id: string | undefined } {
  const value = field(form, name);
  if (value !== NEW_SOURCE) return { edits: [], id: value || undefined };
  const input = {
    name: field(form, `${name}-new-name`).trim() || 'Unnamed source',
    kind: field(form, `${name}-new-kind`) as SourceKind,
  };
  const made = createSource(article, input);
  return { edits: [() => made.change], id: made.id };
}
