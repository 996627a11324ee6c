import { useId, useState } from 'react';
import type { PreparedArticle } from '../article/prepare-article';
import { EMBED_RESIZERS, validAccent, validFont, type EmbedView, type EventsShown } from '../shared/app-url';
import { copyText } from '../shared/copy-text';
import {
  EMBED_HEIGHTS,
  embedUrl,
  iframeSnippet,
  loaderSnippet,
  SNIPPET_THEMES,
  type SnippetRequest,
  type SnippetTheme,
} from '../shared/embed-snippet';
import { contrastRatio, isDarkBackground } from '../features/embed/colour-contrast';
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

const RESIZE_CHOICES = ['none', ...EMBED_RESIZERS] as const;
const RESIZE_LABELS: Record<(typeof RESIZE_CHOICES)[number], string> = {
  none: 'Nothing: a fixed height',
  pym: 'Pym.js (a CMS’s Pym.js embed plugin)',
  amp: 'AMP (amp-iframe with resizable)',
};

/** 4.5:1, WCAG AA for text: the accent colours links and the pull quote's rule. */
const MIN_CONTRAST = 4.5;

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
  const [resize, setResize] = useState<(typeof RESIZE_CHOICES)[number]>('none');
  const [measured, setMeasured] = useState<number>();
  const [status, setStatus] = useState('');
  const form = forms.find((f) => f.key === formKey) ?? forms[0];
  if (!form) return null;

  const accent = validAccent(accentText.trim());
  const font = validFont(fontText);
  const accentError = accentText.trim() && !accent ? 'Write a colour as #rgb or #rrggbb, e.g. #0055aa.' : '';
  const fontError =
    fontText.trim() && !font
      ? 'Use font names only (letters, digits, spaces, hyphens), separated by commas.'
      : '';
  const ratio = accent ? contrastRatio(accent, background) : undefined;
  const contrast =
    ratio === undefined
      ? ''
      : `${ratio.toFixed(1)}:1 against the host’s background: ${ratio >= MIN_CONTRAST ? 'readable' : `too low for links (needs ${MIN_CONTRAST}:1)`}.`;

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
  const snippets = [
    {
      key: 'loader',
      name: 'loader snippet',
      label: 'With the loader: fits its content, follows the host page’s theme and links',
      code: loaderSnippet(request),
    },
    {
      key: 'iframe',
      name: 'iframe snippet',
      label: `Plain iframe: no script on your page, ${request.height ? `${request.height} px high, as measured at the preview’s width` : 'a fixed height'}${form.view !== 'card' && measured && measured > (request.height ?? 0) ? ', scrolling inside' : ''}`,
      code: iframeSnippet(request),
    },
  ];
  const copy = async (code: string, name: string) => {
    setStatus((await copyText(code)) ? `Copied: ${name}` : 'Could not copy: select the text instead');
  };

  return (
    <>
      <div className="pv-embed-dialog-grid">
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
            warn={ratio !== undefined && ratio < MIN_CONTRAST}
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
      {snippets.map((snippet) => (
        <div key={snippet.key} className="pv-embed-snippet">
          {snippet.key === 'iframe' && (
            <Choice
              label="The plain iframe also reports its height to"
              value={resize}
              options={RESIZE_CHOICES}
              labels={RESIZE_LABELS}
              onChange={setResize}
            />
          )}
          <label htmlFor={`${id}-${snippet.key}`}>{snippet.label}</label>
          <textarea
            id={`${id}-${snippet.key}`}
            readOnly
            rows={snippet.key === 'loader' ? 6 : 5}
            value={snippet.code}
          />
          <button
            type="button"
            className="pv-link-button"
            onClick={() => void copy(snippet.code, snippet.name)}
          >
            Copy {snippet.name}
          </button>
        </div>
      ))}
      <p className="pv-embed-dialog-note">
        The host page must be allowed to frame the reader: see “What the reader’s server must send” in the
        project’s docs/embedding.md.
      </p>
      <p className="pv-embed-dialog-status" role="status" aria-live="polite">
        {status}
      </p>
    </>
  );
}
