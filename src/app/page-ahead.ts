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
 * has focused, if `canDraw` says its page can be drawn at once (its code is here). Null when
 * the pointer or the focus leaves the link, and off the reader. The router draws that page
 * ahead, out of sight, so that the click only has to show it (decision 012).
 */
export function usePageAhead(onReader: boolean, canDraw: (pathname: string) => boolean): Location | null {
  const [ahead, setAhead] = useState<Location | null>(null);
  // Off the reader nothing is ahead (the page shown is the place itself).
  if (!onReader && ahead) setAhead(null);
  useEffect(() => {
    if (!onReader) return undefined;
    let link: HTMLAnchorElement | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const propose = (candidate: HTMLAnchorElement) => {
      const place = placeOf(candidate);
      if (!place || !canDraw(place.pathname)) return;
      // Drawing ahead yields to anything the reader does meanwhile.
      startTransition(() => {
        setAhead((previous) => (previous && samePlace(previous, place) ? previous : place));
      });
    };
    const enter = (candidate: HTMLAnchorElement | null, wait: number) => {
      if (!candidate || candidate === link) return;
      clearTimeout(timer);
      link = candidate;
      timer = setTimeout(() => propose(candidate), wait);
    };
    const leave = (to: EventTarget | null) => {
      if (!link || (to instanceof Node && link.contains(to))) return;
      clearTimeout(timer);
      link = null;
      startTransition(() => setAhead(null));
    };
    // A tap's pointer arrives with the click itself: nothing to draw ahead of it.
    const onOver = (event: PointerEvent) => {
      if (event.pointerType !== 'touch') enter(inAppLinkOf(event.target), REST_MS);
    };
    const onOut = (event: PointerEvent) => leave(event.relatedTarget);
    const onFocusIn = (event: FocusEvent) => enter(inAppLinkOf(event.target), 0);
    const onFocusOut = (event: FocusEvent) => leave(event.relatedTarget);
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
