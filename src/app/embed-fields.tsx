import { useId } from 'react';

type ChoiceProps<T extends string> = {
  label: string;
  value: T;
  options: readonly T[];
  labels: Record<T, string>;
  onChange: (value: T) => void;
};

/** A labelled select of a fixed set of values. */
export function Choice<T extends string>({ label, value, options, labels, onChange }: ChoiceProps<T>) {
  const id = useId();
  return (
    <p className="pv-embed-choice">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const next = options.find((option) => option === event.target.value);
          if (next) onChange(next);
        }}
      >
        {options.map((option) => (
          <option key={option} value={option}>
            {labels[option]}
          </option>
        ))}
      </select>
    </p>
  );
}

type TextFieldProps = {
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
  /** Why the value is not used, when it is not. */
  error: string;
  /** A remark on a valid value (the accent's contrast), a warning when `warn`. */
  note?: string;
  warn?: boolean;
};

/** A labelled text input whose problem, if any, is said below it and read with it. */
export function TextField({
  label,
  placeholder,
  value,
  onChange,
  error,
  note = '',
  warn = false,
}: TextFieldProps) {
  const id = useId();
  const message = error || note;
  return (
    <p className="pv-embed-choice">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={value}
        placeholder={placeholder}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-message`}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      />
      <span
        id={`${id}-message`}
        className={error || warn ? 'pv-embed-hint pv-embed-hint--problem' : 'pv-embed-hint'}
      >
        {message}
      </span>
    </p>
  );
}
