import { Fragment } from 'react';
import { KIND_LABELS } from '../article/event-kind-labels';
import type { AnswerTally } from '../article/answer-tally';
import './answer-digest.css';
import { SideNames } from './side-names';

function kindCount({ kind, count }: AnswerTally['kinds'][number]): string {
  return `${count} ${KIND_LABELS[kind].toLowerCase()}${count === 1 ? '' : 's'}`;
}

type AnswerDigestLineProps = { tallies: readonly AnswerTally[] };

/**
 * Who answered whom and how, a sentence per pair of sides, refusals first and set in bold (their
 * words say it too, not only the colour): above the negotiation view's graphic and the rail's
 * timeline, told before a single event is read.
 */
export function AnswerDigestLine({ tallies }: AnswerDigestLineProps) {
  if (tallies.length === 0) return null;
  return (
    <ul className="pv-answer-digest" aria-label="Who answered whom">
      {tallies.map((tally) => (
        <li key={JSON.stringify([tally.answering, tally.asked])}>
          <SideNames names={tally.answering} /> answered <SideNames names={tally.asked} />{' '}
          {tally.total === 1 ? 'once' : `${tally.total} times`}:{' '}
          {tally.kinds.map((entry, index) => (
            <Fragment key={entry.kind}>
              {index > 0 && ', '}
              <span
                className={
                  entry.refusal ? 'pv-answer-digest-kind pv-answer-digest-refusal' : 'pv-answer-digest-kind'
                }
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
