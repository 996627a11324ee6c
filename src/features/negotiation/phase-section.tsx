import { memo } from 'react';
import { ConnectorPieces } from './connector-pieces';
import { EventRow } from './event-row';
import type { Column, EventLine, PhaseLine } from './negotiation-layout';
import type { NegotiationLinks } from './negotiation-links';

type PhaseSectionProps = {
  phase: PhaseLine;
  events: readonly EventLine[];
  /** The number of its first event in the whole story, for the list's numbering. */
  start: number;
  columns: readonly Column[];
  links: NegotiationLinks;
  linkedId: string | undefined;
};

/** A phase: its heading across the columns (connectors pass through it), then its events. */
export const PhaseSection = memo(function PhaseSection({
  phase,
  events,
  start,
  columns,
  links,
  linkedId,
}: PhaseSectionProps) {
  const titleId = `${phase.id}-title`;
  return (
    <section className="pv-neg-phase" aria-labelledby={titleId}>
      <div className="pv-neg-phase-head pv-neg-grid">
        <h2 id={titleId} className="pv-neg-phase-title">
          <span className="pv-neg-phase-name">{phase.title}</span>{' '}
          <span className="pv-neg-phase-dates">{phase.dates}</span>
        </h2>
        <ConnectorPieces pieces={phase.pieces} />
      </div>
      <ol className="pv-neg-events" start={start}>
        {events.map((line) => (
          <EventRow
            key={line.key}
            line={line}
            columns={columns}
            links={links}
            linked={line.event.id === linkedId}
          />
        ))}
      </ol>
    </section>
  );
});
