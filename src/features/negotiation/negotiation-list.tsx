import { KIND_LABELS } from '../../article/event-kind-labels';
import type { Column } from './negotiation-layout';
import type { PhaseGroup } from './phase-groups';
import { SideNames } from '../../shared/side-names';

type NegotiationListProps = { columns: readonly Column[]; groups: readonly PhaseGroup[] };

/**
 * The whole graphic in words, equal to it: every phase, every event in order with its side,
 * kind and time, and every connector as a sentence.
 */
export function NegotiationList({ columns, groups }: NegotiationListProps) {
  return (
    <div className="pv-neg-list">
      {groups.map(({ phase, events, start }) => (
        <section key={phase.key} aria-labelledby={`${phase.id}-list-title`}>
          <h2 id={`${phase.id}-list-title`} className="pv-neg-list-phase">
            <bdi>{phase.title}</bdi> <span className="pv-neg-phase-dates">{phase.dates}</span>
          </h2>
          <ol start={start}>
            {events.map((line) => {
              const sides = line.columns.flatMap((i) => columns[i]?.side.name ?? []);
              return (
                <li key={line.key} id={`${line.event.id}-in-list`}>
                  <strong>
                    <SideNames names={sides} />
                  </strong>{' '}
                  · {KIND_LABELS[line.event.kind]} · <bdi>{line.axis.label}</bdi>
                  {line.axis.inferred && line.axis.mark !== 'undated' ? ' (inferred)' : ''}:{' '}
                  <bdi className="pv-neg-list-summary">{line.event.summary}</bdi>
                  {line.forced && ' (shown because a link leads here: your filters hide it)'}
                  {[line.answers, ...line.answeredBy].map(
                    (text) =>
                      text && (
                        <span key={text} className="pv-neg-list-relation">
                          {' '}
                          {text}
                        </span>
                      ),
                  )}
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
