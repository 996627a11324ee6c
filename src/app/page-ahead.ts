import { startTransition, useEffect, useState } from 'react';
import { parsePath, type Location } from 'react-router';

/**
 * How long the pointer rests on a link before its page is drawn ahead: long enough that a
 * pointer passing over a link on its way elsewhere draws nothing, short against the time from
 * resting on a link to clicking it (the wait instant.page and browsers' prerendering on hover use).
 */
const REST_MS = 65;

/** The place an in-app link (`#/PATH?QUERY`) leads to, if it is one. */
function placeOf(link: HTMLAnchorElement): Location | null {
  const href = link.getAttribute('href');
  if (!href?.startsWith('#/')) return null;
  const { pathname = '/', search = '', hash = '' } = parsePath(href.slice(1));
  return { pathname, search, hash, state: null, key: 'ahead' };
}

/** The in-app link (`#/…`) an event's target is in, if any. */
export function inAppLinkOf(target: EventTarget | null): HTMLAnchorElement | null {
  return target instanceof Element ? target.closest<HTMLAnchorElement>('a[href^="#/"]') : null;
}

export function samePlace(a: Pick<Location, 'pathname' | 'search' | 'hash'>, b: typeof a): boolean {
  return a.pathname === b.pathname && a.search === b.search && a.hash === b.hash;
}

/**
 * The place of a link the reader is about to follow: one the pointer rests on or the keyboard
 * has focused, if `canDraw` says its page can be drawn at once (its code is here). Null once
 * neither is on such a link, and off the reader. The router draws that page
 * ahead, out of sight, so that the click only has to show it (decision 012).
 */
export function usePageAhead(onReader: boolean, canDraw: (pathname: string) => boolean): Location | null {
  const [ahead, setAhead] = useState<Location | null>(null);
  // Off the reader nothing is ahead (the page shown is the place itself).
  if (!onReader && ahead) setAhead(null);
  useEffect(() => {
    if (!onReader) return undefined;
    // The in-app links under the pointer and with the focus: the page drawn ahead is the
    // pointer's (once it has rested), else the focus's, so neither undoes the other.
    const held: Record<'pointer' | 'focus', HTMLAnchorElement | null> = { pointer: null, focus: null };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const drawable = (link: HTMLAnchorElement | null) => {
      const place = link && placeOf(link);
      return place && canDraw(place.pathname) ? place : null;
    };
    const hold = (source: keyof typeof held, link: HTMLAnchorElement | null) => {
      if (held[source] === link) return;
      held[source] = link;
      clearTimeout(timer);
      const byPointer = drawable(held.pointer);
      const place = byPointer ?? drawable(held.focus);
      timer = setTimeout(
        () => {
          // Drawing ahead yields to anything the reader does meanwhile.
          startTransition(() => {
            setAhead((previous) => (place && previous && samePlace(previous, place) ? previous : place));
          });
        },
        byPointer ? REST_MS : 0,
      );
    };
    // A tap's pointer arrives with the click itself: nothing to draw ahead of it.
    const onOver = (event: PointerEvent) => {
      if (event.pointerType !== 'touch') hold('pointer', inAppLinkOf(event.target));
    };
    const onOut = (event: PointerEvent) => hold('pointer', inAppLinkOf(event.relatedTarget));
    const onFocusIn = (event: FocusEvent) => hold('focus', inAppLinkOf(event.target));
    const onFocusOut = (event: FocusEvent) => hold('focus', inAppLinkOf(event.relatedTarget));
    document.addEventListener('pointerover', onOver);
    document.addEventListener('pointerout', onOut);
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('focusout', onFocusOut);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('pointerover', onOver);
      document.removeEventListener('pointerout', onOut);
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('focusout', onFocusOut);
    };
  }, [onReader, canDraw]);
  return onReader ? ahead : null;
}
