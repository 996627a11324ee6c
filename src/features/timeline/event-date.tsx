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

type EventDateProps = { when: FuzzyDate; until: FuzzyDate | undefined };

/** When an event happened and, if the text says, how long it holds. */
export function EventDate({ when, until }: EventDateProps) {
  return (
    <p className="pv-event-date">
      <DatePart date={when} label={formatFuzzyDate(when)} />
      {until && (
        <>
          <span className="pv-event-date-sep">; </span>
          <DatePart date={until} label={formatFuzzyUntil(until)} />
        </>
      )}
    </p>
  );
}
