import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

/** A set of items (attributions, quotes, blocks) lit up in the text, and what asked for it. */
export type Highlight = {
  /** Which control set it, e.g. `source:src-nk-source`; lets that control show itself pressed. */
  key: string;
  label: string;
  ids: ReadonlySet<string>;
};

type HighlightState = {
  highlight: Highlight | null;
  /** Sets the highlight, or clears it when the same key asks again (a toggle). */
  toggleHighlight: (highlight: Highlight) => void;
  clearHighlight: () => void;
};

type DisclosureState = {
  isOpen: (key: string) => boolean;
  toggle: (key: string) => void;
  setOpen: (keys: readonly string[], open: boolean) => void;
};

const HighlightContext = createContext<HighlightState | null>(null);
const DisclosureContext = createContext<DisclosureState | null>(null);

/**
 * What is highlighted and which cards are open, shared by the text and the panels so that
 * choosing something in one shows it in the other. Two contexts, so that opening a card does
 * not re-render every highlighted mark and the reverse.
 */
export function ReaderStateProvider({ children }: { children: ReactNode }) {
  const [highlight, setHighlight] = useState<Highlight | null>(null);
  const [open, setOpenKeys] = useState<ReadonlySet<string>>(new Set());
  const printing = usePrinting();

  const toggleHighlight = useCallback((next: Highlight) => {
    setHighlight((current) => (current?.key === next.key ? null : next));
  }, []);
  const clearHighlight = useCallback(() => {
    setHighlight(null);
  }, []);
  const highlightState = useMemo(
    () => ({ highlight, toggleHighlight, clearHighlight }),
    [highlight, toggleHighlight, clearHighlight],
  );

  const toggle = useCallback((key: string) => {
    setOpenKeys((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  }, []);
  const setOpen = useCallback((keys: readonly string[], value: boolean) => {
    setOpenKeys((current) => {
      const next = new Set(current);
      for (const key of keys) {
        if (value) next.add(key);
        else next.delete(key);
      }
      return next;
    });
  }, []);
  const disclosureState = useMemo(
    () => ({ isOpen: (key: string) => printing || open.has(key), toggle, setOpen }),
    [open, printing, toggle, setOpen],
  );

  return (
    <HighlightContext.Provider value={highlightState}>
      <DisclosureContext.Provider value={disclosureState}>{children}</DisclosureContext.Provider>
    </HighlightContext.Provider>
  );
}

/** True while the page is being printed: a printed page shows everything expanded. */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const start = () => {
      setPrinting(true);
    };
    const end = () => {
      setPrinting(false);
    };
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', end);
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', end);
    };
  }, []);
  return printing;
}

function need<T>(value: T | null, hook: string): T {
  if (value === null) throw new Error(`${hook} must be used inside ReaderStateProvider`);
  return value;
}

export function useHighlight(): HighlightState {
  return need(useContext(HighlightContext), 'useHighlight');
}

export function useDisclosures(): DisclosureState {
  return need(useContext(DisclosureContext), 'useDisclosures');
}
