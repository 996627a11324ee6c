import type { FuzzyDate } from '../../article/fuzzy-date-schema';
import { formatFuzzyDate, machineDate } from '../../article/format-fuzzy-date';

type FuzzyDateTextProps = { date: FuzzyDate };

/** A date as honest as its data: inferred dates say so in words, not only in style. */
export function FuzzyDateText({ date }: FuzzyDateTextProps) {
  const label = formatFuzzyDate(date);
  const inferred = date.basis === 'inferred';
  return (
    <span className={inferred ? 'pv-date pv-date--inferred' : 'pv-date'} title={date.reasoning}>
      <time dateTime={machineDate(date)}>{label}</time>
      {inferred && <span className="pv-date-basis"> (inferred)</span>}
    </span>
  );
}
