import { Fragment } from 'react';
import { KIND_LABELS } from '../../article/event-kind-labels';
import type { AnswerTally } from './answer-digest';
import { SideNames } from './side-names';

function kindCount({ kind, count }: AnswerTally['kinds'][number]): string {
  return `${count} ${KIND_LABELS[kind].toLowerCase()}${count === 1 ? '' : 's'}`;
}

type AnswerDigestLineProps = { tallies: readonly AnswerTally[] };

/**
 * The answers drawn below, in a sentence per pair of sides, above the graphic: who answered
 * whom and how, refusals first and set in bold (their words say it too, not only the colour).
 */
export function AnswerDigestLine({ tallies }: AnswerDigestLineProps) {
  if (tallies.length === 0) return null;
  return (
    <ul className="pv-neg-digest" aria-label="Who answered whom">
      {tallies.map((tally) => (
        <li key={JSON.stringify([tally.answering, tally.asked])}>
          <SideNames names={tally.answering} /> answered <SideNames names={tally.asked} />{' '}
          {tally.total === 1 ? 'once' : `${tally.total} times`}:{' '}
          {tally.kinds.map((entry, index) => (
            <Fragment key={entry.kind}>
              {index > 0 && ', '}
              <span
                className={entry.refusal ? 'pv-neg-digest-kind pv-neg-digest-refusal' : 'pv-neg-digest-kind'}
              >
                {kindCount(entry)}
              </span>
            </Fragment>
          ))}
        </li>
      ))}
    </ul>
  );
}
