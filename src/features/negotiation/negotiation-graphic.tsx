import { useMemo, useRef, type ReactNode } from 'react';
import type { Column } from './negotiation-layout';
import type { NegotiationLinks } from './negotiation-links';
import { PhaseSection } from './phase-section';
import type { PhaseGroup } from './phase-groups';
import { SideShape } from './side-shape';
import { useSectionWindow, type SectionWindow } from './use-section-window';

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
  const graphic = useRef<HTMLDivElement>(null);
  const sections = useSectionWindow(estimates, linked >= 0 ? linked : undefined, all, graphic);
  return (
    <div ref={graphic} className={`pv-neg-graphic pv-neg--n${columns.length}`}>
      <ul className="pv-neg-heads pv-neg-grid" aria-label="Columns, left to right">
        {columns.map((column) => (
          <li
            key={column.side.id}
            className={`pv-neg-head pv-neg-from-ge${column.index} pv-neg-to-g${column.index + 1}`}
          >
            <SideShape shape={column.shape} />
            <bdi>{column.side.name}</bdi>
          </li>
        ))}
      </ul>
      {sectionSlots(groups, sections, (group) => (
        <PhaseSection {...group} columns={columns} links={links} linkedId={linkedId} />
      ))}
    </div>
  );
}

/**
 * Each section drawn or held by a placeholder of its height; before the window watches, each run
 * of sections not drawn is one placeholder, keyed by where it starts.
 */
function sectionSlots(
  groups: readonly PhaseGroup[],
  sections: SectionWindow,
  draw: (group: PhaseGroup) => ReactNode,
): ReactNode[] {
  const slots: ReactNode[] = [];
  let run: { key: string; height: number } | null = null;
  const endRun = () => {
    if (run)
      slots.push(<div key={run.key} className="pv-neg-section--waiting" style={{ height: run.height }} />);
    run = null;
  };
  groups.forEach((group, index) => {
    const drawn = sections.drawn(index);
    const key = `${group.phase.key}:${group.events.length}`;
    if (!drawn && !sections.watching) {
      run ??= { key: `run-${group.phase.key}`, height: 0 };
      run.height += sections.height(index, key);
      return;
    }
    endRun();
    slots.push(
      <div
        key={group.phase.key}
        ref={sections.observe}
        data-index={index}
        data-key={key}
        className={drawn ? 'pv-neg-section' : 'pv-neg-section pv-neg-section--waiting'}
        style={drawn ? undefined : { height: sections.height(index, key) }}
      >
        {drawn && draw(group)}
      </div>,
    );
  });
  endRun();
  return slots;
}
