import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { EmbedOptions } from '../../shared/app-url';
import { applyEmbedTheme } from './embed-theme';
import { heightMessage, positionMessage } from './embed-messages';
import { postCompatHeight } from './compat-resize';
import { reportHeight } from './height-reporter';
import { hostChannel, hostRequest, postToHost } from './host-channel';
import { locateItem } from './locate-item';
import './embed.css';

/** Theme from the URL (or the host's latest word) on the document element, before the first paint. */
export function useEmbedTheme(options: EmbedOptions): void {
  const { view, theme, accent, font } = options;
  useLayoutEffect(
    () => applyEmbedTheme(document.documentElement, { view, theme, accent, font }),
    [view, theme, accent, font],
  );
}

/** Tells the host the content's height whenever it changes, so the frame never scrolls. */
export function useHeightReporting(root: RefObject<HTMLElement | null>, options: EmbedOptions): void {
  const { origin, id, resize, childId } = options;
  useEffect(() => {
    const channel = hostChannel({ origin, id });
    if (!root.current || (!channel && !resize)) return;
    return reportHeight(root.current, (height) => {
      if (channel) postToHost(channel, heightMessage(channel.id, height));
      if (resize) postCompatHeight({ resize, childId, ...(origin && { origin }) }, height);
    });
  }, [root, origin, id, resize, childId]);
}

type HostHandlers = {
  /** The host's fragment named an item: show it. */
  onOpen: (item: string) => void;
  /** The host page turned light or dark. */
  onTheme: (theme: 'light' | 'dark') => void;
};

/**
 * Answers the host: opens the item its fragment names (then says where it shows, so the host
 * page can scroll to it), says where an item it linked to cold is, follows its light or dark.
 */
export function useHostRequests(
  root: RefObject<HTMLElement | null>,
  options: EmbedOptions,
  handlers: HostHandlers,
): void {
  const { origin, id } = options;
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const channel = hostChannel({ origin, id });
    if (!channel) return;
    let stopLocating: () => void = () => undefined;
    const listen = (event: MessageEvent) => {
      const request = hostRequest(event, channel);
      if (!request) return;
      if (request.type === 'provenance:theme') {
        latest.current.onTheme(request.theme);
        return;
      }
      if (request.type === 'provenance:open') latest.current.onOpen(request.item);
      const element = root.current;
      if (!element) return;
      stopLocating();
      stopLocating = locateItem(element, request.item, (top) => {
        postToHost(channel, positionMessage(channel.id, request.item, top));
      });
    };
    window.addEventListener('message', listen);
    return () => {
      window.removeEventListener('message', listen);
      stopLocating();
    };
  }, [root, origin, id]);
}
