import { useId } from 'react';
import type { LibraryFilters, Option } from './filter-articles';

type LibraryControlsProps = {
  filters: LibraryFilters;
  publishers: Option[];
  years: Option[];
  onChange: (filters: LibraryFilters) => void;
};

type SelectFieldProps = {
  label: string;
  any: string;
  value: string;
  options: Option[];
  onChange: (value: string) => void;
};

function SelectField({ label, any, value, options, onChange }: SelectFieldProps) {
  const id = useId();
  return (
    <div className="pv-library-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      >
        <option value="">{any}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The search field and the publisher and year filters; each change applies at once. */
export function LibraryControls({ filters, publishers, years, onChange }: LibraryControlsProps) {
  const searchId = useId();
  const active = filters.query !== '' || filters.publisher !== '' || filters.year !== '';
  return (
    <form
      role="search"
      aria-label="Articles"
      className="pv-library-controls"
      onSubmit={(event) => {
        event.preventDefault();
      }}
    >
      <div className="pv-library-field pv-library-field--search">
        <label htmlFor={searchId}>Search articles</label>
        <input
          id={searchId}
          type="search"
          value={filters.query}
          placeholder="Headline, publisher, author or date"
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => {
            onChange({ ...filters, query: event.target.value });
          }}
        />
      </div>
      <SelectField
        label="Publisher"
        any="All publishers"
        value={filters.publisher}
        options={publishers}
        onChange={(publisher) => {
          onChange({ ...filters, publisher });
        }}
      />
      <SelectField
        label="Year"
        any="Any year"
        value={filters.year}
        options={years}
        onChange={(year) => {
          onChange({ ...filters, year });
        }}
      />
      {active && (
        <button
          type="button"
          className="pv-link-button pv-library-clear"
          onClick={() => {
            onChange({ query: '', publisher: '', year: '' });
          }}
        >
          Clear search and filters
        </button>
      )}
    </form>
  );
}
