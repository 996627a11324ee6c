import { useEffect, useRef, useState } from 'react';
import { readEmbedMessage } from '../features/embed/embed-messages';

type EmbedPreviewProps = {
  /** The embed's URL, without a host channel: the preview adds its own. */
  src: string;
  width: number | undefined;
  background: string;
  /** The content's height whenever the embed reports it. */
  onHeight: (height: number) => void;
};

const PREVIEW_ID = 'pv-embed-preview';

/**
 * The embed as the snippet will show it, in a frame of the chosen width on the host's
 * background, sized by the embed's own height messages (as the loader sizes it).
 */
export function EmbedPreview({ src, width, background, onHeight }: EmbedPreviewProps) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState(200);
  const latest = useRef(onHeight);
  useEffect(() => {
    latest.current = onHeight;
  });
  useEffect(() => {
    const listen = (event: MessageEvent) => {
      if (event.origin !== window.location.origin || event.source !== frame.current?.contentWindow) return;
      const message = readEmbedMessage(event.data);
      if (message?.type !== 'provenance:height' || message.id !== PREVIEW_ID) return;
      setHeight(message.height);
      latest.current(message.height);
    };
    window.addEventListener('message', listen);
    return () => {
      window.removeEventListener('message', listen);
    };
  }, []);
  const url = new URL(src);
  const [path = '', query = ''] = url.hash.slice(1).split('?');
  const params = new URLSearchParams(query);
  params.set('origin', window.location.origin);
  params.set('id', PREVIEW_ID);
  url.hash = `${path}?${params.toString()}`;
  return (
    // A region that may scroll (a tall view in a short dialog): reachable by keyboard.
    <div
      className="pv-embed-preview"
      style={{ background }}
      role="region"
      aria-label="Preview, as on the host page"
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must take focus to scroll by keyboard
      tabIndex={0}
    >
      <iframe
        ref={frame}
        src={url.href}
        title="Preview of the embed"
        className="pv-embed-preview-frame"
        style={{ width: width ? `${width}px` : '100%', height: `${height}px` }}
        sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"
      />
    </div>
  );
}
