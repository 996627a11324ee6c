import { useEffect, useId, useRef, useState } from 'react';
import type { PreparedArticle } from '../article/prepare-article';
import type { EmbedView, EventsShown } from '../shared/app-url';
import {
  EMBED_HEIGHTS,
  embedUrl,
  SNIPPET_THEMES,
  type SnippetRequest,
  type SnippetTheme,
} from '../shared/embed-snippet';
import { isDarkBackground } from '../features/embed/colour-contrast';
import { embedLook } from './embed-look';
import { closeModal } from './modal-dialog';
import { EmbedSnippets, type ResizeChoice } from './embed-snippets';
import { embedForms, fallbackFor, firstForm, openedItems, type EmbedForm } from './embed-forms';
import { EmbedPreview } from './embed-preview';
import { Choice, TextField } from './embed-fields';

type EmbedDialogBodyProps = {
  prepared: PreparedArticle;
  articleName: string;
  /** The page's open disclosures as the dialog opened, oldest first. */
  openKeys: readonly string[];
  /** The item the page's URL names, and the page's own view. */
  itemId: string | undefined;
  initialView: EmbedView | undefined;
  shown: EventsShown | undefined;
};

const THEME_LABELS: Record<Exclude<SnippetTheme, 'auto'>, string> = {
  host: 'Follow the host page',
  light: 'Light',
  dark: 'Dark',
};

const WIDTHS = ['320', '480', '640', 'full'] as const;
const WIDTH_LABELS: Record<(typeof WIDTHS)[number], string> = {
  '320': '320 px (a phone, a narrow column)',
  '480': '480 px (a sidebar)',
  '640': '640 px (a wiki column)',
  full: 'The dialog’s width',
};

/**
 * The plain iframe's height: a card as tall as the preview measured it (a little over, for a
 * host's fonts); a longer view at most its usual height, scrolling inside beyond it.
 */
function plainHeight(view: EmbedForm['view'], measured: number): number {
  return view === 'card' ? measured + 16 : Math.min(measured, EMBED_HEIGHTS[view]);
}

/** The dialog's fields, preview and snippets: what the editor sees is what the snippet writes. */
export function EmbedDialogBody(props: EmbedDialogBodyProps) {
  const { prepared, articleName, openKeys, itemId, initialView, shown } = props;
  const id = useId();
  // Every form that fits what was open as the dialog opened; its fields load with this module.
  const [forms] = useState(() =>
    embedForms({
      prepared,
      linked: itemId,
      opened: openedItems(prepared, openKeys),
      ...(shown && { shown }),
    }),
  );
  const [formKey, setFormKey] = useState(() => firstForm(forms, initialView).key);
  const [theme, setTheme] = useState<Exclude<SnippetTheme, 'auto'>>('host');
  const [background, setBackground] = useState('#ffffff');
  const [accentText, setAccentText] = useState('');
  const [fontText, setFontText] = useState('');
  const [width, setWidth] = useState<(typeof WIDTHS)[number]>('480');
  const [resize, setResize] = useState<ResizeChoice>('none');
  const [measured, setMeasured] = useState<number>();
  const grid = useRef<HTMLDivElement>(null);
  // This module loads after the dialog opened (showModal focused its Close button then): the
  // first field takes the focus, unless the reader has moved on meanwhile.
  useEffect(() => {
    const dialog = grid.current?.closest('dialog');
    if (!dialog) return;
    const active = document.activeElement;
    const moved =
      active && active !== dialog && dialog.contains(active) && !active.classList.contains('pv-button');
    if (!moved) grid.current?.querySelector('select')?.focus();
    // Escape closes: native in a browser's modal dialog, said again for environments without one.
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      closeModal(dialog);
    };
    dialog.addEventListener('keydown', onKey);
    return () => {
      dialog.removeEventListener('keydown', onKey);
    };
  }, []);
  const form = forms.find((f) => f.key === formKey) ?? forms[0];
  if (!form) return null;

  const { accent, font, accentError, fontError, contrast, lowContrast } = embedLook(
    accentText,
    fontText,
    background,
  );

  const request: SnippetRequest = {
    pageHref: window.location.href,
    article: articleName,
    view: form.view,
    ...(form.item && { item: form.item }),
    theme,
    ...(accent && { accent }),
    ...(font && { font }),
    ...(form.view === 'timeline' && shown && { shown }),
    hostDark: isDarkBackground(background),
    ...(measured && { height: plainHeight(form.view, measured) }),
    ...(resize !== 'none' && { resize }),
    fallback: fallbackFor(prepared, form),
  };
  return (
    <>
      <div ref={grid} className="pv-embed-dialog-grid">
        <div className="pv-embed-dialog-fields">
          <Choice
            label="Show"
            value={form.key}
            options={forms.map((f) => f.key)}
            labels={Object.fromEntries(forms.map((f) => [f.key, f.label]))}
            onChange={(key) => {
              setFormKey(key);
              setMeasured(undefined);
            }}
          />
          <Choice
            label="Theme"
            value={theme}
            options={SNIPPET_THEMES}
            labels={THEME_LABELS}
            onChange={setTheme}
          />
          <p className="pv-embed-choice">
            <label htmlFor={`${id}-bg`}>Host page background</label>
            <input
              id={`${id}-bg`}
              type="color"
              value={background}
              aria-describedby={`${id}-bg-hint`}
              onChange={(event) => {
                setBackground(event.target.value);
              }}
            />
            <span id={`${id}-bg-hint`} className="pv-embed-hint">
              For the preview, the contrast check and the plain iframe’s theme; the loader reads your page’s
              own.
            </span>
          </p>
          <TextField
            label="Accent colour (optional)"
            placeholder="#0055aa"
            value={accentText}
            onChange={setAccentText}
            error={accentError}
            note={contrast}
            warn={lowContrast}
          />
          <TextField
            label="Font (optional)"
            placeholder="Georgia, serif"
            value={fontText}
            onChange={setFontText}
            error={fontError}
          />
          <Choice
            label="Preview width"
            value={width}
            options={WIDTHS}
            labels={WIDTH_LABELS}
            onChange={(w) => {
              setWidth(w);
              setMeasured(undefined);
            }}
          />
        </div>
        <section className="pv-embed-dialog-preview" aria-label="Preview">
          <p className="pv-embed-hint">Preview: {form.label}</p>
          <EmbedPreview
            src={embedUrl({ ...request, resize: undefined })}
            width={width === 'full' ? undefined : Number(width)}
            background={background}
            onHeight={setMeasured}
          />
        </section>
      </div>
      <EmbedSnippets
        request={request}
        scrollsInside={form.view !== 'card' && measured !== undefined && measured > (request.height ?? 0)}
        resize={resize}
        onResize={setResize}
      />
    </>
  );
}
