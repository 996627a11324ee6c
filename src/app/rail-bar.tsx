import { RAIL_TABS } from './linked-item';

const ENTRIES = [
  { tab: RAIL_TABS.sources, label: 'Sources' },
  { tab: RAIL_TABS.timeline, label: 'Timeline' },
  { tab: RAIL_TABS.quotes, label: 'Quotes' },
] as const;

type RailBarProps = { onOpen: (tab: string) => void };

/**
 * On a screen too narrow for the side rail (which then follows the article), a small bar that
 * stays at the top while the article scrolls and leads to the rail's Sources, Timeline and
 * Quotes in one step. Hidden where the rail sits beside the text.
 */
export function RailBar({ onOpen }: RailBarProps) {
  return (
    <nav className="pv-rail-bar" aria-label="Go to sources, timeline and quotes">
      {ENTRIES.map(({ tab, label }) => (
        <button
          key={tab}
          type="button"
          className="pv-rail-bar-button"
          onClick={() => {
            onOpen(tab);
          }}
        >
          {label}
        </button>
      ))}
    </nav>
  );
}
