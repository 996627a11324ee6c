import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export type DeskTab = { id: string; label: string; content: ReactNode };

type DeskTabsProps = { label: string; tabs: DeskTab[]; selected: string; onSelect: (id: string) => void };

/**
 * WAI-ARIA tabs (arrow keys, Home, End; only the selected tab in the tab order). The desk's own:
 * importing the reader's shared tabs makes the bundler (rolldown) split the reader's modules into
 * an extra startup chunk, which would grow the reader's first download (rolldown issue #10731).
 */
export function DeskTabs({ label, tabs, selected, onSelect }: DeskTabsProps) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const go = (index: number) => {
    const tab = tabs[(index + tabs.length) % tabs.length];
    if (!tab) return;
    onSelect(tab.id);
    refs.current[(index + tabs.length) % tabs.length]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const target = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    go(target);
  };
  const current = tabs.find((t) => t.id === selected) ?? tabs[0];
  return (
    <div className="pv-desk-tabs">
      <div role="tablist" aria-label={label} className="pv-desk-tablist">
        {tabs.map((tab, i) => (
          <button
            key={tab.id}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`pv-desk-tab-${tab.id}`}
            aria-selected={tab.id === current?.id}
            aria-controls={`pv-desk-tabpanel-${tab.id}`}
            tabIndex={tab.id === current?.id ? 0 : -1}
            className="pv-desk-tab"
            onClick={() => onSelect(tab.id)}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {current && (
        <div
          role="tabpanel"
          id={`pv-desk-tabpanel-${current.id}`}
          aria-labelledby={`pv-desk-tab-${current.id}`}
          className="pv-desk-tabpanel"
        >
          {current.content}
        </div>
      )}
    </div>
  );
}
