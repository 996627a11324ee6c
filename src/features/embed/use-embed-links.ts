import { useEffect, useRef, type RefObject } from 'react';
import { parseAppLocation, shareableUrl } from '../../shared/app-url';

type LinkHandlers = {
  /** Whether an item link stays inside the embed (the view shows that item). */
  staysInside: (item: string) => boolean;
  /** Follows an item link inside the embed. */
  select: (item: string) => void;
};

/**
 * Links to the reader (`#/read/…`) inside an embed: to an item this view shows, they select it
 * here; anything else opens the full reader in a new tab (`noopener`), never inside the frame.
 * Links out of the article (end matter, notes, publisher) open in a new browsing context too,
 * without opener or referrer: followed inside the frame, another site would take the embed's
 * place on the host's page. A modified click (new tab, new window) is left to the browser.
 */
export function useEmbedLinks(root: RefObject<HTMLElement | null>, handlers: LinkHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented) return;
      const anchor = event.target instanceof Element ? event.target.closest('a') : null;
      const href = anchor?.getAttribute('href');
      if (!anchor || href === null || href === undefined) return;
      // Set as the click is dispatched: the browser reads them when it follows the link, after.
      if (!href.startsWith('#')) {
        anchor.target = '_blank';
        anchor.rel = 'noopener noreferrer';
        return;
      }
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      if (!href.startsWith('#/read/')) return;
      event.preventDefault();
      const [pathname = '', search = ''] = href.slice(1).split('?');
      const target = parseAppLocation(pathname, search ? `?${search}` : '');
      const item = target.kind === 'article' ? target.item : undefined;
      if (item && latest.current.staysInside(item)) latest.current.select(item);
      else window.open(shareableUrl(href.slice(1), window.location.href), '_blank', 'noopener');
    };
    element.addEventListener('click', onClick);
    return () => {
      element.removeEventListener('click', onClick);
    };
  }, [root]);
}
