import { useId, useRef, useState, useSyncExternalStore, type KeyboardEvent, type ReactNode } from 'react';
import { printingSnapshot, subscribePrinting } from './printing';
import './tabs.css';

export type TabPanel = { id: string; label: string; content: ReactNode };

type TabsProps = {
  label: string;
  panels: TabPanel[];
  /** The selected tab, when a parent controls it (a deep link into a panel). */
  selected?: string;
  onSelect?: (id: string) => void;
};

/**
 * WAI-ARIA tabs with automatic activation: arrow keys move between tabs, Home and End jump,
 * only the selected tab is in the tab order. A panel's content is mounted the first time its
 * tab is selected and kept afterwards (so its state survives); printing mounts them all.
 */
export function Tabs({ label, panels, selected, onSelect }: TabsProps) {
  const baseId = useId();
  const [ownSelection, setOwnSelection] = useState(panels[0]?.id ?? '');
  const current = selected ?? ownSelection;
  const printing = useSyncExternalStore(subscribePrinting, printingSnapshot, () => false);
  // Tabs seen so far; updated while rendering so a newly selected panel mounts in this render.
  const [visited, setVisited] = useState<ReadonlySet<string>>(() => new Set([current]));
  if (!visited.has(current)) setVisited(new Set([...visited, current]));
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);

  const select = (index: number) => {
    const panel = panels[index];
    if (!panel) return;
    setOwnSelection(panel.id);
    onSelect?.(panel.id);
    tabs.current[index]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const last = panels.length - 1;
    const target = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    select(target);
  };

  return (
    <div className="pv-tabs">
      <div role="tablist" aria-label={label} className="pv-tablist">
        {panels.map((panel, index) => (
          <button
            key={panel.id}
            ref={(element) => {
              tabs.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`${baseId}-tab-${panel.id}`}
            aria-selected={panel.id === current}
            aria-controls={`${baseId}-panel-${panel.id}`}
            tabIndex={panel.id === current ? 0 : -1}
            className="pv-tab"
            onClick={() => {
              select(index);
            }}
            onKeyDown={(event) => {
              onKeyDown(event, index);
            }}
          >
            {panel.label}
          </button>
        ))}
      </div>
      {panels.map((panel) => (
        <div
          key={panel.id}
          role="tabpanel"
          id={`${baseId}-panel-${panel.id}`}
          aria-labelledby={`${baseId}-tab-${panel.id}`}
          hidden={panel.id !== current}
          className="pv-tabpanel"
        >
          {(visited.has(panel.id) || panel.id === current || printing) && panel.content}
        </div>
      ))}
    </div>
  );
}
