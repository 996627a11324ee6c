import { RAIL_TABS } from './linked-item';

const ENTRIES = [
  { tab: RAIL_TABS.sources, label: 'Sources' },
  { tab: RAIL_TABS.timeline, label: 'Timeline' },
  { tab: RAIL_TABS.quotes, label: 'Quotes' },
] as const;

const WATCH_MS = 2000;

/**
 * Focuses a rail tab (which scrolls it into view) and keeps it there while its panel arrives:
 * a panel whose code loads after the tab is chosen changes the page's height, and the browser's
 * scroll anchoring, holding some element of the article in place, can carry the tab off screen.
 */
export function focusKeptInView(tab: HTMLElement): void {
  tab.focus();
  const rail = tab.closest('#pv-rail');
  if (!rail) return;
  const observer = new ResizeObserver(() => {
    const { top, bottom } = tab.getBoundingClientRect();
    if (document.activeElement === tab && (top < 0 || bottom > window.innerHeight))
      tab.scrollIntoView({ block: 'start' });
  });
  observer.observe(rail);
  window.setTimeout(() => {
    observer.disconnect();
  }, WATCH_MS);
}

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
