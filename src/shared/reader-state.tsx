import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { printingSnapshot, subscribePrinting } from './printing';

declare const disclosureKeyBrand: unique symbol;
declare const highlightKeyBrand: unique symbol;
/** What opens a card, an entry or a note: made only by a feature's builder (`disclosureKey`). */
export type DisclosureKey = string & { readonly [disclosureKeyBrand]: true };
/** Which control lit up a set of items: made only by a feature's builder (`highlightKey`). */
export type HighlightKey = string & { readonly [highlightKeyBrand]: true };

/**
 * The one way to make a key: a feature's builder names its kind (`quote`, `event`, …) and the
 * ids, so two features can never spell the same key apart, nor a component a key by hand.
 */
export function disclosureKey(kind: string, ...ids: string[]): DisclosureKey {
  return [kind, ...ids].join(':') as DisclosureKey;
}

export function highlightKey(kind: string, id: string): HighlightKey {
  return `${kind}:${id}` as HighlightKey;
}

/** A set of items (attributions, quotes, blocks) lit up in the text, and what asked for it. */
export type Highlight = {
  /** Which control set it, e.g. `source:src-nk-source`; lets that control show itself pressed. */
  key: HighlightKey;
  label: string;
  ids: ReadonlySet<string>;
};

type HighlightState = {
  highlight: Highlight | null;
  /** Sets the highlight, or clears it when the same key asks again (a toggle). */
  toggleHighlight: (highlight: Highlight) => void;
  clearHighlight: () => void;
};

type DisclosureActions = {
  toggle: (key: DisclosureKey) => void;
  setOpen: (keys: readonly DisclosureKey[], open: boolean) => void;
};

type DisclosureState = DisclosureActions & { isOpen: (key: DisclosureKey) => boolean };

type Listener = () => void;

/**
 * A tiny external store: components subscribe with a selector (`useIsOpen(key)`,
 * `useIsLit(id)`) and re-render only when their own answer changes, not on every change.
 * Besides listeners to every change, a listener may subscribe to some keys only (`keysOf`
 * says which keys a change touched): a long article has thousands of marks and toggles, and
 * asking each of them on every click is what made a click slow.
 */
function createStore<T>(initial: T, keysOf: (previous: T, next: T) => Iterable<string>) {
  let value = initial;
  const listeners = new Set<Listener>();
  const byKey = new Map<string, Set<Listener>>();
  return {
    get: () => value,
    set: (next: T) => {
      if (Object.is(next, value)) return;
      const previous = value;
      value = next;
      listeners.forEach((listener) => {
        listener();
      });
      const told = new Set<Listener>();
      for (const key of keysOf(previous, next))
        byKey.get(key)?.forEach((listener) => {
          if (told.has(listener)) return;
          told.add(listener);
          listener();
        });
    },
    subscribe: (listener: Listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    subscribeKeys: (keys: readonly string[], listener: Listener) => {
      for (const key of keys) {
        const set = byKey.get(key) ?? new Set();
        set.add(listener);
        byKey.set(key, set);
      }
      return () => {
        for (const key of keys) {
          const set = byKey.get(key);
          set?.delete(listener);
          if (set?.size === 0) byKey.delete(key);
        }
      };
    },
  };
}

/** The members of one set and not the other. */
function* difference(a: ReadonlySet<string>, b: ReadonlySet<string>): Generator<string> {
  for (const key of a) if (!b.has(key)) yield key;
  for (const key of b) if (!a.has(key)) yield key;
}

const NO_IDS: ReadonlySet<string> = new Set();

/*
 * The stores' state as a pre-rendered page shows it (nothing open, nothing lit): what the hooks
 * below read while hydrating. A run of the text hydrates after the page's shell (ArticleBody), so
 * a store may have changed by then; React re-renders it with the store's state right after.
 */
const nothing = () => false;
const noHighlight = () => null;
const noKeys = () => NO_IDS;

type Store<T> = ReturnType<typeof createStore<T>>;

type ReaderStores = {
  highlight: Store<Highlight | null>;
  open: Store<ReadonlySet<string>>;
  highlightActions: Omit<HighlightState, 'highlight'>;
  disclosureActions: DisclosureActions;
};

function createReaderStores(): ReaderStores {
  // A highlight change touches the ids lit before or after; a disclosure change, the keys opened
  // or closed.
  const highlight = createStore<Highlight | null>(null, (previous, next) =>
    difference(previous?.ids ?? NO_IDS, next?.ids ?? NO_IDS),
  );
  const open = createStore<ReadonlySet<string>>(new Set(), difference);
  return {
    highlight,
    open,
    highlightActions: {
      toggleHighlight: (next) => {
        highlight.set(highlight.get()?.key === next.key ? null : next);
      },
      clearHighlight: () => {
        highlight.set(null);
      },
    },
    disclosureActions: {
      toggle: (key) => {
        const next = new Set(open.get());
        if (!next.delete(key)) next.add(key);
        open.set(next);
      },
      setOpen: (keys, value) => {
        const current = open.get();
        if (keys.every((key) => current.has(key) === value)) return;
        const next = new Set(current);
        for (const key of keys) {
          if (value) next.add(key);
          else next.delete(key);
        }
        open.set(next);
      },
    },
  };
}

const ReaderStateContext = createContext<ReaderStores | null>(null);

/**
 * What is highlighted and which cards are open, shared by the text and the panels so that
 * choosing something in one shows it in the other. Kept in stores rather than context state:
 * opening one card re-renders that card's controls, not every control in a long article, and a
 * highlight re-renders only the marks whose lit state changes.
 */
export function ReaderStateProvider({ children }: { children: ReactNode }) {
  const [stores] = useState(createReaderStores);
  return <ReaderStateContext.Provider value={stores}>{children}</ReaderStateContext.Provider>;
}

function useStores(hook: string): ReaderStores {
  const stores = useContext(ReaderStateContext);
  if (stores === null) throw new Error(`${hook} must be used inside ReaderStateProvider`);
  return stores;
}

/** True while the page is being printed: a printed page shows everything expanded. */
export function usePrinting(): boolean {
  return useSyncExternalStore(subscribePrinting, printingSnapshot, () => false);
}

/** The whole highlight and its actions; re-renders on every highlight change. */
export function useHighlight(): HighlightState {
  const stores = useStores('useHighlight');
  const highlight = useSyncExternalStore(stores.highlight.subscribe, stores.highlight.get, noHighlight);
  return { highlight, ...stores.highlightActions };
}

/** Whether one item is lit: re-renders only when that answer changes, asked only when it may. */
export function useIsLit(id: string): boolean {
  const { highlight } = useStores('useIsLit');
  const subscribe = useCallback(
    (listener: Listener) => highlight.subscribeKeys([id], listener),
    [highlight, id],
  );
  const lit = useCallback(() => highlight.get()?.ids.has(id) ?? false, [highlight, id]);
  return useSyncExternalStore(subscribe, lit, nothing);
}

/**
 * Reads which disclosures are open when called (no subscription, no re-render): for a dialog
 * that asks once as it opens. Outside a provider, nothing is open.
 */
export function useOpenKeysReader(): () => ReadonlySet<string> {
  const stores = useContext(ReaderStateContext);
  return useCallback(() => stores?.open.get() ?? NO_IDS, [stores]);
}

/** Opening and closing cards, without subscribing to which are open (no re-renders). */
export function useDisclosureActions(): DisclosureActions {
  return useStores('useDisclosureActions').disclosureActions;
}

/**
 * A value derived from the open disclosures (`isOpen` is true for everything while printing);
 * re-renders only when the value changes, so it should be a primitive. `keys`, when given, are
 * all the keys `select` asks about: it is then asked again only when one of them changes.
 */
export function useDisclosureSelector<T>(
  select: (isOpen: (key: DisclosureKey) => boolean) => T,
  keys?: readonly DisclosureKey[],
): T {
  const { open } = useStores('useDisclosureSelector');
  const read = () => {
    const printing = printingSnapshot();
    const current = open.get();
    return select((key) => printing || current.has(key));
  };
  // The keys as one string, so that a new but equal array does not resubscribe.
  const keyList = keys?.join('\n');
  const subscribe = useCallback(
    (listener: Listener) => {
      const stopOpen =
        keyList === undefined ? open.subscribe(listener) : open.subscribeKeys(keyList.split('\n'), listener);
      const stopPrinting = subscribePrinting(listener);
      return () => {
        stopOpen();
        stopPrinting();
      };
    },
    [open, keyList],
  );
  // Hydrating, what the page was rendered with: nothing open, whatever opened since (a deep
  // link's card, before a later run of the text hydrates).
  const readAsRendered = () => select(nothing);
  return useSyncExternalStore(subscribe, read, readAsRendered);
}

/**
 * Those of `items` whose disclosure (`keyOf(item.id)`) is open, in their order: for a block's
 * cards, which re-render only when one of their own opens or closes.
 */
export function useOpenItems<T extends { id: string }>(
  items: readonly T[],
  keyOf: (id: string) => DisclosureKey,
): T[] {
  // A string, so that the answer compares equal while nothing of these items changes.
  const openIds = useDisclosureSelector(
    (isOpen) =>
      items
        .filter((item) => isOpen(keyOf(item.id)))
        .map((item) => item.id)
        .join(' '),
    items.map((item) => keyOf(item.id)),
  );
  return useMemo(() => {
    const ids = new Set(openIds.split(' '));
    return openIds ? items.filter((item) => ids.has(item.id)) : [];
  }, [items, openIds]);
}

/** Whether one disclosure is open: re-renders only when that answer changes. */
export function useIsOpen(key: DisclosureKey): boolean {
  return useDisclosureSelector((isOpen) => isOpen(key), [key]);
}

/**
 * The whole disclosure state, for code that asks about many keys at once. It re-renders on
 * every change; prefer `useIsOpen` or `useDisclosureActions` in anything rendered per item.
 */
export function useDisclosures(): DisclosureState {
  const stores = useStores('useDisclosures');
  const keys = useSyncExternalStore(stores.open.subscribe, stores.open.get, noKeys);
  const printing = usePrinting();
  const isOpen = useCallback((key: DisclosureKey) => printing || keys.has(key), [printing, keys]);
  return { isOpen, ...stores.disclosureActions };
}

/** Setting and clearing the highlight, without subscribing to it (no re-renders). */
export function useHighlightActions(): Omit<HighlightState, 'highlight'> {
  return useStores('useHighlightActions').highlightActions;
}

/** A value derived from the highlight (a primitive); re-renders only when it changes. */
export function useHighlightSelector<T>(select: (highlight: Highlight | null) => T): T {
  const { highlight } = useStores('useHighlightSelector');
  const read = () => select(highlight.get());
  const readAsRendered = () => select(null);
  return useSyncExternalStore(highlight.subscribe, read, readAsRendered);
}
