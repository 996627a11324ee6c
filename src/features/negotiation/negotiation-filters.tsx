import type { EventKind, Side } from '../../article/event-schema';
import { KIND_LABELS } from '../../article/event-kind-labels';
import type { EventsShown } from '../../shared/app-url';
import { KindIcon } from '../../shared/kind-icon';
import type { FilterChange } from './use-asked-filter';

/** A change to one group's list: undefined is "all". */
type ListChange<T extends string> = (shown: readonly T[] | undefined) => readonly T[] | undefined;

type FilterGroupProps<T extends string> = {
  legend: string;
  options: readonly { id: T; label: string; icon?: EventKind }[];
  /** The ids shown; undefined for all. */
  shown: readonly T[] | undefined;
  /** Given a change, not a list: it applies to the latest filter asked for (use-asked-filter.ts). */
  onChange: (change: ListChange<T>) => void;
};

/** Checkboxes with "only" buttons; switching every option on is "all" (no list in the URL). */
function FilterGroup<T extends string>({ legend, options, shown, onChange }: FilterGroupProps<T>) {
  const isOn = (id: T) => !shown || shown.includes(id);
  const ids = options.map((o) => o.id);
  const pick =
    (choose: (on: (id: T) => boolean) => T[]): ListChange<T> =>
    (current) => {
      const chosen = choose((id) => !current || current.includes(id));
      // Turning the last one off would show nothing: the URL cannot say so, and a reader never means it.
      if (chosen.length === 0) return current;
      return chosen.length === ids.length ? undefined : chosen;
    };
  return (
    <fieldset className="pv-neg-filter">
      <legend>{legend}</legend>
      <ul className="pv-neg-filter-options">
        {options.map((option) => (
          <li key={option.id}>
            <label className="pv-neg-filter-option">
              <input
                type="checkbox"
                checked={isOn(option.id)}
                onChange={() => {
                  onChange(pick((on) => ids.filter((id) => (id === option.id ? !on(id) : on(id)))));
                }}
              />
              {option.icon && <KindIcon kind={option.icon} />}
              <bdi>{option.label}</bdi>
            </label>
            <button
              type="button"
              className="pv-link-button pv-neg-only"
              aria-label={`Only ${option.label}`}
              onClick={() => {
                onChange(pick(() => [option.id]));
              }}
            >
              only
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

type NegotiationFiltersProps = {
  sides: readonly Side[];
  kinds: readonly EventKind[];
  shown: EventsShown;
  onShow: (change: FilterChange) => void;
};

/** Which sides and kinds of event the view shows; held in the URL by the page around it. */
export function NegotiationFilters({ sides, kinds, shown, onShow }: NegotiationFiltersProps) {
  const filtered = shown.sides !== undefined || shown.kinds !== undefined;
  return (
    <div className="pv-neg-filters">
      {sides.length > 1 && (
        <FilterGroup
          legend="Sides"
          options={sides.map((side) => ({ id: side.id, label: side.name }))}
          shown={shown.sides}
          onChange={(change) => {
            onShow((current) => ({ ...current, sides: change(current.sides) }));
          }}
        />
      )}
      <FilterGroup
        legend="Kinds"
        options={kinds.map((kind) => ({ id: kind, label: KIND_LABELS[kind], icon: kind }))}
        shown={shown.kinds}
        onChange={(change) => {
          onShow((current) => ({ ...current, kinds: change(current.kinds) }));
        }}
      />
      {filtered && (
        <button
          type="button"
          className="pv-link-button"
          onClick={() => {
            onShow(() => ({}));
          }}
        >
          Show every event
        </button>
      )}
    </div>
  );
}
