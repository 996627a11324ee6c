import { useMemo } from 'react';
import type { Column } from './negotiation-layout';
import type { NegotiationLinks } from './negotiation-links';
import { PhaseSection } from './phase-section';
import type { PhaseGroup } from './phase-groups';
import { SideShape } from './side-shape';
import { useSectionWindow } from './use-section-window';

// Rough heights (px) of a phase heading and an event row, until a section has been measured.
const HEADING_ESTIMATE = 56;
const ROW_ESTIMATE = 84;

type NegotiationGraphicProps = {
  columns: readonly Column[];
  groups: readonly PhaseGroup[];
  links: NegotiationLinks;
  linkedId: string | undefined;
  /** Draw every section (printing), not only those near the screen. */
  all: boolean;
};

/** The columns' names, then the phases down the shared time axis, drawn near the screen. */
export function NegotiationGraphic({ columns, groups, links, linkedId, all }: NegotiationGraphicProps) {
  const estimates = useMemo(
    () => groups.map((g) => HEADING_ESTIMATE + ROW_ESTIMATE * g.events.length),
    [groups],
  );
  const linked = linkedId ? groups.findIndex((g) => g.events.some((l) => l.event.id === linkedId)) : -1;
  const sections = useSectionWindow(estimates, linked >= 0 ? linked : undefined, all);
  return (
    <div className={`pv-neg-graphic pv-neg--n${columns.length}`}>
      <ul className="pv-neg-heads pv-neg-grid" aria-label="Columns, left to right">
        {columns.map((column) => (
          <li
            key={column.side.id}
            className={`pv-neg-head pv-neg-from-ge${column.index} pv-neg-to-g${column.index + 1}`}
          >
            <SideShape shape={column.shape} />
            {column.side.name}
          </li>
        ))}
      </ul>
      {groups.map((group, index) => {
        const drawn = sections.drawn(index);
        return (
          <div
            key={group.phase.key}
            ref={sections.observe}
            data-index={index}
            className={drawn ? 'pv-neg-section' : 'pv-neg-section pv-neg-section--waiting'}
            style={drawn ? undefined : { height: sections.height(index) }}
          >
            {drawn && <PhaseSection {...group} columns={columns} links={links} linkedId={linkedId} />}
          </div>
        );
      })}
    </div>
  );
}
