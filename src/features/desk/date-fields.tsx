import { useId, useState } from 'react';
import type { FuzzyDate } from '../../article/fuzzy-date-schema';
import { formatFuzzyDate } from '../../article/format-fuzzy-date';
import { proposeDate } from './propose-date';
import { omit } from './ops/omit';

type DateFieldsProps = {
  legend: string;
  value: FuzzyDate;
  published: FuzzyDate | undefined;
  onChange: (date: FuzzyDate) => void;
};

const PRECISIONS: FuzzyDate['precision'][] = [
  'day',
  'weekday',
  'part-of-month',
  'month',
  'year',
  'open-bound',
  'unknown',
];

/**
 * The article's date phrase, and the interval it names: "Propose" works it out from the phrase
 * and the publication date; the editor confirms or corrects the days.
 */
export function DateFields({ legend, value, published, onChange }: DateFieldsProps) {
  const id = useId();
  const [phrase, setPhrase] = useState(value.text);
  const set = (patch: Partial<FuzzyDate>) => onChange({ ...value, ...patch });
  const day = (field: 'earliest' | 'latest', raw: string) => {
    const next = omit(omit(value, field), 'edtf');
    onChange(raw ? { ...next, [field]: raw } : next);
  };
  return (
    <fieldset className="pv-desk-fieldset">
      <legend>{legend}</legend>
      <div className="pv-desk-inline">
        <label htmlFor={`${id}-phrase`}>Date phrase</label>
        <input
          id={`${id}-phrase`}
          value={phrase}
          onChange={(e) => {
            setPhrase(e.target.value);
            set({ text: e.target.value || 'not stated' });
          }}
        />
        <button
          type="button"
          className="pv-desk-action"
          onClick={() => onChange(proposeDate(phrase || value.text, published))}
        >
          Propose dates
        </button>
      </div>
      <div className="pv-desk-inline">
        <label>
          From{' '}
          <input type="date" value={value.earliest ?? ''} onChange={(e) => day('earliest', e.target.value)} />
        </label>
        <label>
          To <input type="date" value={value.latest ?? ''} onChange={(e) => day('latest', e.target.value)} />
        </label>
        <label>
          Precision{' '}
          <select
            value={value.precision}
            onChange={(e) => set({ precision: e.target.value as FuzzyDate['precision'] })}
          >
            {PRECISIONS.map((p) => (
              <option key={p} value={p}>
                {p.replace(/-/g, ' ')}
              </option>
            ))}
          </select>
        </label>
        <label>
          Basis{' '}
          <select value={value.basis} onChange={(e) => set({ basis: e.target.value as FuzzyDate['basis'] })}>
            <option value="stated">stated</option>
            <option value="inferred">inferred</option>
          </select>
        </label>
      </div>
      <p className="pv-desk-hint" role="status">
        Reads as: {formatFuzzyDate(value)}
        {value.reasoning ? ` · ${value.reasoning}` : ''}
      </p>
    </fieldset>
  );
}
