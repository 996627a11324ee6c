import type { EventKind, Side } from '../../article/event-schema';
import { KIND_LABELS } from '../../article/event-kind-labels';
import type { EventsShown } from '../../shared/app-url';
import { KindIcon } from '../../shared/kind-icon';

type FilterGroupProps<T extends string> = {
  legend: string;
  options: readonly { id: T; label: string; icon?: EventKind }[];
  /** The ids shown; undefined for all. */
  shown: readonly T[] | undefined;
  onChange: (shown: T[] | undefined) => void;
};

/** Checkboxes with "only" buttons; switching every option on is "all" (no list in the URL). */
function FilterGroup<T extends string>({ legend, options, shown, onChange }: FilterGroupProps<T>) {
  const isOn = (id: T) => !shown || shown.includes(id);
  const set = (ids: T[]) => {
    // Turning the last one off would show nothing: the URL cannot say so, and a reader never means it.
    if (ids.length === 0) return;
    onChange(ids.length === options.length ? undefined : ids);
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
                  set(options.map((o) => o.id).filter((id) => (id === option.id ? !isOn(id) : isOn(id))));
                }}
              />
              {option.icon && <KindIcon kind={option.icon} />}
              {option.label}
            </label>
            <button
              type="button"
              className="pv-link-button pv-neg-only"
              aria-label={`Only ${option.label}`}
              onClick={() => {
                set([option.id]);
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
  onShow: (shown: EventsShown) => void;
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
          onChange={(ids) => {
            onShow({ ...shown, sides: ids });
          }}
        />
      )}
      <FilterGroup
        legend="Kinds"
        options={kinds.map((kind) => ({ id: kind, label: KIND_LABELS[kind], icon: kind }))}
        shown={shown.kinds}
        onChange={(ids) => {
          onShow({ ...shown, kinds: ids });
        }}
      />
      {filtered && (
        <button
          type="button"
          className="pv-link-button"
          onClick={() => {
            onShow({});
          }}
        >
          Show every event
        </button>
      )}
    </div>
  );
}
