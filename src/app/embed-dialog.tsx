import { lazy, Suspense, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { PreparedArticle } from '../article/prepare-article';
import type { EmbedView, EventsShown } from '../shared/app-url';
import { useOpenKeysReader } from '../shared/reader-state';
import '../features/embed/embed-dialog.css';
import { closeModal, openModal } from './modal-dialog';

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
