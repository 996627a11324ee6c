import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { EmbedOptions } from '../../shared/app-url';
import { applyEmbedTheme } from './embed-theme';
import { heightMessage } from './embed-messages';
import { reportHeight } from './height-reporter';
import { hostChannel, postToHost, requestedItem } from './host-channel';
import './embed.css';

/** Theme from the URL on the document element, before the first paint. */
export function useEmbedTheme(options: EmbedOptions): void {
  const { view, theme, accent, font } = options;
  useLayoutEffect(
    () => applyEmbedTheme(document.documentElement, { view, theme, accent, font }),
    [view, theme, accent, font],
  );
}

/** Tells the host the content's height whenever it changes, so the frame never scrolls. */
export function useHeightReporting(root: RefObject<HTMLElement | null>, options: EmbedOptions): void {
  const { origin, id } = options;
  useEffect(() => {
    const channel = hostChannel({ origin, id });
    if (!root.current || !channel) return;
    return reportHeight(root.current, (height) => {
      postToHost(channel, heightMessage(channel.id, height));
    });
  }, [root, origin, id]);
}

/** Calls `onOpen` when the host asks for an item (its own URL fragment named one). */
export function useHostRequests(options: EmbedOptions, onOpen: (item: string) => void): void {
  const { origin, id } = options;
  const latest = useRef(onOpen);
  useEffect(() => {
    latest.current = onOpen;
  });
  useEffect(() => {
    const channel = hostChannel({ origin, id });
    if (!channel) return;
    const listen = (event: MessageEvent) => {
      const item = requestedItem(event, channel);
      if (item) latest.current(item);
    };
    window.addEventListener('message', listen);
    return () => {
      window.removeEventListener('message', listen);
    };
  }, [origin, id]);
}
