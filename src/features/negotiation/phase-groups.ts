import type { EventLine, Line, PhaseLine } from './negotiation-layout';

export type PhaseGroup = { phase: PhaseLine; events: EventLine[]; start: number };

/** The layout's lines as phases with their events, each phase numbered on from the last. */
export function phaseGroups(lines: readonly Line[]): PhaseGroup[] {
  const groups: PhaseGroup[] = [];
  let count = 0;
  for (const line of lines) {
    if (line.type === 'phase') groups.push({ phase: line, events: [], start: count + 1 });
    else {
      groups.at(-1)?.events.push(line);
      count += 1;
    }
  }
  return groups;
}
