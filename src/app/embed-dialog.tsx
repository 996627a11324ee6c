import { useEffect, useId, useRef, useState } from 'react';
import type { PreparedArticle } from '../article/prepare-article';
import { EMBED_THEMES, type EmbedTheme, type EmbedView, type EventsShown } from '../shared/app-url';
import { copyText } from '../shared/copy-text';
import { iframeSnippet, loaderSnippet } from '../shared/embed-snippet';
import { cardKind } from './embed-card-kind';
import '../features/embed/embed-dialog.css';

type EmbedButtonProps = {
  prepared: PreparedArticle;
  articleName: string;
  itemId: string | undefined;
  /** The view offered first (the negotiation view offers the timeline), and its filters. */
  initialView?: EmbedView;
  shown?: EventsShown;
};

const VIEW_LABELS: Record<EmbedView, string> = {
  reader: 'The whole article',
  timeline: 'The timeline',
  quotes: 'The quotes index',
  card: 'This item as a card',
};

const THEME_LABELS: Record<EmbedTheme, string> = {
  auto: 'Follow the reader’s setting',
  light: 'Light',
  dark: 'Dark',
};

/** The two ways to embed, for the page the reader is on (read only while the dialog is open). */
function snippetsFor(request: Parameters<typeof loaderSnippet>[0]) {
  return [
    {
      id: 'loader',
      label: 'With the loader: fits its content, follows links to the host page',
      code: loaderSnippet(request),
    },
    {
      id: 'iframe',
      label: 'Plain iframe: fixed height, no script on your page',
      code: iframeSnippet(request),
    },
  ];
}

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

/** "Embed": a modal dialog with the snippets that put this view or item on another page. */
export function EmbedButton({ prepared, articleName, itemId, initialView, shown }: EmbedButtonProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const [isOpen, setIsOpen] = useState(false);
  const canCard = itemId !== undefined && cardKind(prepared, itemId) !== undefined;
  const firstView = initialView ?? (canCard ? 'card' : 'reader');
  const [view, setView] = useState<EmbedView>(firstView);
  const [theme, setTheme] = useState<EmbedTheme>('auto');
  const [status, setStatus] = useState('');
  const views = (Object.keys(VIEW_LABELS) as EmbedView[]).filter((v) => v !== 'card' || canCard);
  const chosen = views.includes(view) ? view : 'reader';

  const open = () => {
    if (!dialog.current) return;
    setView(firstView);
    setStatus('');
    setIsOpen(true);
    openModal(dialog.current);
  };
  const close = () => {
    if (dialog.current) closeModal(dialog.current);
  };
  // Without a native modal (jsdom), focus moves into the dialog here, as showModal would.
  useEffect(() => {
    const element = dialog.current;
    if (isOpen && element && typeof element.showModal !== 'function')
      element.querySelector<HTMLElement>('select, textarea, button')?.focus();
  }, [isOpen]);
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
  const snippets = isOpen
    ? snippetsFor({
        pageHref: window.location.href,
        article: articleName,
        item: itemId,
        view: chosen,
        theme,
        ...(shown && { shown }),
      })
    : [];

  const copy = async (code: string, label: string) => {
    setStatus((await copyText(code)) ? `Copied: ${label}` : 'Could not copy: select the text instead');
  };

  return (
    <>
      <button ref={button} type="button" className="pv-embed-button" aria-haspopup="dialog" onClick={open}>
        Embed
      </button>
      <dialog
        ref={dialog}
        className="pv-embed-dialog"
        aria-labelledby={headingId}
        onClose={() => {
          setIsOpen(false);
          button.current?.focus();
        }}
      >
        <h2 id={headingId}>Embed on another page</h2>
        {isOpen && (
          <>
            <div className="pv-embed-dialog-choices">
              <Choice label="Show" value={chosen} options={views} labels={VIEW_LABELS} onChange={setView} />
              <Choice
                label="Theme"
                value={theme}
                options={EMBED_THEMES}
                labels={THEME_LABELS}
                onChange={setTheme}
              />
            </div>
            {snippets.map((snippet) => (
              <div key={snippet.id} className="pv-embed-snippet">
                <label htmlFor={`${headingId}-${snippet.id}`}>{snippet.label}</label>
                <textarea id={`${headingId}-${snippet.id}`} readOnly rows={5} value={snippet.code} />
                <button
                  type="button"
                  className="pv-link-button"
                  onClick={() =>
                    void copy(snippet.code, snippet.id === 'loader' ? 'loader snippet' : 'iframe snippet')
                  }
                >
                  Copy {snippet.id === 'loader' ? 'loader snippet' : 'iframe snippet'}
                </button>
              </div>
            ))}
            <p className="pv-embed-dialog-note">
              The host page must be allowed to frame the reader: see “What the reader’s server must send” in
              the project’s docs/embedding.md.
            </p>
          </>
        )}
        <p className="pv-embed-dialog-status" role="status" aria-live="polite">
          {status}
        </p>
        <button type="button" className="pv-button" onClick={close}>
          Close
        </button>
      </dialog>
    </>
  );
}

type ChoiceProps<T extends string> = {
  label: string;
  value: T;
  options: readonly T[];
  labels: Record<T, string>;
  onChange: (value: T) => void;
};

function Choice<T extends string>({ label, value, options, labels, onChange }: ChoiceProps<T>) {
  const id = useId();
  return (
    <p className="pv-embed-choice">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const next = options.find((option) => option === event.target.value);
          if (next) onChange(next);
        }}
      >
        {options.map((option) => (
          <option key={option} value={option}>
            {labels[option]}
          </option>
        ))}
      </select>
    </p>
  );
}
