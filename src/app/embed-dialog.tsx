import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { PreparedArticle } from '../article/prepare-article';
import type { EmbedView, EventsShown } from '../shared/app-url';
import { useOpenKeysReader } from '../shared/reader-state';
import '../features/embed/embed-dialog.css';

// The fields, preview and snippets load when the dialog first opens: the reader's first
// JavaScript carries only the button.
const EmbedDialogBody = lazy(() =>
  import('./embed-dialog-body').then((m) => ({ default: m.EmbedDialogBody })),
);

type EmbedButtonProps = {
  prepared: PreparedArticle;
  articleName: string;
  /** The item the page's URL names. */
  itemId: string | undefined;
  /** The page's own view (the rail's timeline or quotes tab, the negotiation view's timeline). */
  initialView?: EmbedView;
  shown?: EventsShown;
};

function openModal(dialog: HTMLDialogElement) {
  // jsdom has no showModal; a browser always does.
  if (typeof dialog.showModal === 'function') dialog.showModal();
  else dialog.setAttribute('open', '');
}

function closeModal(dialog: HTMLDialogElement) {
  if (!dialog.hasAttribute('open')) return;
  if (typeof dialog.close === 'function') dialog.close();
  else {
    dialog.removeAttribute('open');
    dialog.dispatchEvent(new Event('close'));
  }
}

/** What was open on the page as the dialog opened (the disclosures' keys, oldest first). */
type Opened = { openKeys: string[] };

/** "Embed": a modal dialog with the snippets that put what is open on the page on another page. */
export function EmbedButton({ prepared, articleName, itemId, initialView, shown }: EmbedButtonProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const openKeys = useOpenKeysReader();
  // The forms are worked out as the dialog opens, from what is open on the page at that moment.
  const [opened, setOpened] = useState<Opened>();

  const open = () => {
    if (!dialog.current) return;
    setOpened({ openKeys: [...openKeys()] });
    openModal(dialog.current);
  };
  const close = () => {
    if (dialog.current) closeModal(dialog.current);
  };
  // The fields load after the dialog opens (showModal focused its Close button then): the
  // first field takes focus once it is there, unless the reader has moved on.
  useEffect(() => {
    const element = dialog.current;
    if (!opened || !element) return;
    const focusFirst = () => {
      const first = element.querySelector<HTMLElement>('select');
      if (!first) return;
      observer.disconnect();
      const active = document.activeElement;
      const moved =
        active && active !== element && element.contains(active) && !active.classList.contains('pv-button');
      if (!moved) first.focus();
    };
    const observer = new MutationObserver(focusFirst);
    observer.observe(element, { childList: true, subtree: true });
    // Loaded before (opened once already): the fields are there at once.
    focusFirst();
    return () => {
      observer.disconnect();
    };
  }, [opened]);
  // Escape closes (native in a browser's modal dialog; said again for environments without one).
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      closeModal(element);
    };
    element.addEventListener('keydown', onKey);
    return () => {
      element.removeEventListener('keydown', onKey);
    };
  }, []);

  return (
    <>
      <button ref={button} type="button" className="pv-embed-button" aria-haspopup="dialog" onClick={open}>
        Embed
      </button>
      {createPortal(
        <dialog
          ref={dialog}
          className="pv-embed-dialog"
          aria-labelledby={headingId}
          onClose={() => {
            setOpened(undefined);
            button.current?.focus();
          }}
        >
          <h2 id={headingId}>Embed on another page</h2>
          {opened && (
            <Suspense
              fallback={
                <p className="pv-panel-loading" role="status">
                  Loading…
                </p>
              }
            >
              <EmbedDialogBody
                prepared={prepared}
                articleName={articleName}
                openKeys={opened.openKeys}
                itemId={itemId}
                initialView={initialView}
                shown={shown}
              />
            </Suspense>
          )}
          <button type="button" className="pv-button" onClick={close}>
            Close
          </button>
        </dialog>,
        // In the page's body, not where the button is: a dialog may not sit inside a <p>
        // (the negotiation view's tools), and the modal needs no ancestor's styles.
        document.body,
      )}
    </>
  );
}
