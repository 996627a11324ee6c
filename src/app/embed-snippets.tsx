import { useId, useState } from 'react';
import { EMBED_RESIZERS } from '../shared/app-url';
import { copyText } from '../shared/copy-text';
import { iframeSnippet, loaderSnippet, type SnippetRequest } from '../shared/embed-snippet';
import { Choice } from './embed-fields';

export const RESIZE_CHOICES = ['none', ...EMBED_RESIZERS] as const;
export type ResizeChoice = (typeof RESIZE_CHOICES)[number];
const RESIZE_LABELS: Record<ResizeChoice, string> = {
  none: 'Nothing: a fixed height',
  pym: 'Pym.js (a CMS’s Pym.js embed plugin)',
  amp: 'AMP (amp-iframe with resizable)',
};

type EmbedSnippetsProps = {
  request: SnippetRequest;
  /** The preview's measured height, when it is longer than the plain iframe: it scrolls inside. */
  scrollsInside: boolean;
  resize: ResizeChoice;
  onResize: (resize: ResizeChoice) => void;
};

/** The two snippets, each to read, select or copy, and what copying did. */
export function EmbedSnippets({ request, scrollsInside, resize, onResize }: EmbedSnippetsProps) {
  const id = useId();
  const [status, setStatus] = useState('');
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
      label: `Plain iframe: no script on your page, ${request.height ? `${request.height} px high, as measured at the preview’s width` : 'a fixed height'}${scrollsInside ? ', scrolling inside' : ''}`,
      code: iframeSnippet(request),
    },
  ];
  const copy = async (code: string, name: string) => {
    setStatus((await copyText(code)) ? `Copied: ${name}` : 'Could not copy: select the text instead');
  };
  return (
    <>
      {snippets.map((snippet) => (
        <div key={snippet.key} className="pv-embed-snippet">
          {snippet.key === 'iframe' && (
            <Choice
              label="The plain iframe also reports its height to"
              value={resize}
              options={RESIZE_CHOICES}
              labels={RESIZE_LABELS}
              onChange={onResize}
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
