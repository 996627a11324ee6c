import type { Attribution } from '../../article/sourcing-schema';

type CertaintyLineProps = { attribution: Attribution };

const LABELS: Record<Attribution['certainty'], string> = {
  stated: 'Stated as fact',
  hedged: 'Hedged',
  inferred: 'The reporter’s inference',
};

/** "Hedged by “reportedly”": the certainty and the words in the text that set it. */
export function CertaintyLine({ attribution }: CertaintyLineProps) {
  const words = attribution.hedges.map((hedge) => `“${hedge.text}”`).join(', ');
  return (
    <span className={`pv-certainty pv-certainty-label--${attribution.certainty}`}>
      {LABELS[attribution.certainty]}
      {words && <> by {words}</>}
    </span>
  );
}
