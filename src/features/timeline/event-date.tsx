import type { FuzzyDate } from '../../article/fuzzy-date-schema';
import { formatFuzzyDate, formatFuzzyUntil, machineDate } from '../../article/format-fuzzy-date';

type DatePartProps = { date: FuzzyDate; label: string };

/** One date; an inferred one is set in italics and says "inferred" in words. */
function DatePart({ date, label }: DatePartProps) {
  const inferred = date.basis === 'inferred';
  const machine = machineDate(date);
  return (
    <span className={inferred ? 'pv-event-date-part pv-event-date-part--inferred' : 'pv-event-date-part'}>
      {/* A <time> only where the date can be written as one; "recently" cannot. */}
      {machine ? (
        <time dateTime={machine}>{label}</time>
      ) : (
        <span className="pv-event-date-text">{label}</span>
      )}
      {inferred && <span className="pv-event-date-basis">, inferred</span>}
    </span>
  );
}

type EventDateProps = {
  when: FuzzyDate;
  until: FuzzyDate | undefined;
  /** The event above in the list reads the same: "as above" is shown, the date is said. */
  asAbove?: boolean;
};

/** What an event's date line says, to tell whether two in a row say the same. */
export function dateLineText(when: FuzzyDate, until: FuzzyDate | undefined): string {
  const basis = (date: FuzzyDate) => (date.basis === 'inferred' ? ', inferred' : '');
  const end = until ? `; ${formatFuzzyUntil(until)}${basis(until)}` : '';
  return `${formatFuzzyDate(when)}${basis(when)}${end}`;
}

/** When an event happened and, if the text says, how long it holds. */
export function EventDate({ when, until, asAbove = false }: EventDateProps) {
  const line = (
    <>
      <DatePart date={when} label={formatFuzzyDate(when)} />
      {until && (
        <>
          <span className="pv-event-date-sep">; </span>
          <DatePart date={until} label={formatFuzzyUntil(until)} />
        </>
      )}
    </>
  );
  // A run of events the text dates alike (often only bounded: "no later than November 2020")
  // reads its date once, as the negotiation view's axis labels a run once.
  if (asAbove)
    return (
      <p className="pv-event-date pv-event-date--as-above">
        <span aria-hidden="true">as above</span>
        <span className="pv-visually-hidden">{line}</span>
      </p>
    );
  return <p className="pv-event-date">{line}</p>;
}
