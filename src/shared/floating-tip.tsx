import { useEffect, useRef } from 'react';
import { placeFloating } from './place-floating';
import { SOURCING_ATTRIBUTE } from './sourcing-mode';
import './marks.css';

/** The attribute that gives an element in the text its short explanation. */
export const TIP_ATTRIBUTE = 'data-tip';
/** Elements whose explanation belongs to the full marks: said only with "Show sourcing" on. */
const SOURCING_ONLY = '.pv-hedge';

function tipOf(target: EventTarget | null): Element | null {
  const element = target instanceof Element ? target.closest(`[${TIP_ATTRIBUTE}]`) : null;
  if (!element) return null;
  const full = document.documentElement.getAttribute(SOURCING_ATTRIBUTE) === 'on';
  return !full && element.matches(SOURCING_ONLY) ? null : element;
}

/**
 * One popover for the page that floats a short explanation over the text, never reflowing it:
 * what a chip, a hedge word or an editor's insertion is (`data-tip`), where it is pointed at,
 * focused or tapped. Escape and leaving hide it (WCAG 1.4.13). It repeats, for the
 * eye, what each element's accessible name or description already says: hidden from
 * assistive technology. Listeners are delegated, so a long article's thousands of marks add
 * none of their own.
 */
export function FloatingTip() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const tip = ref.current;
    if (!tip || typeof tip.showPopover !== 'function') return;
    let anchor: Element | null = null;
    const show = (element: Element) => {
      anchor = element;
      tip.textContent = element.getAttribute(TIP_ATTRIBUTE);
      if (!tip.matches(':popover-open')) tip.showPopover();
      placeFloating(tip, element);
    };
    const hide = () => {
      anchor = null;
      if (tip.matches(':popover-open')) tip.hidePopover();
    };
    const onOver = (event: Event) => {
      const element = tipOf(event.target);
      if (element && element !== anchor) show(element);
    };
    const onOut = (event: PointerEvent) => {
      const to = event.relatedTarget instanceof Node ? event.relatedTarget : null;
      if (anchor && !anchor.contains(to) && !anchor.contains(document.activeElement)) hide();
    };
    const onFocusOut = (event: FocusEvent) => {
      if (anchor && event.target instanceof Node && anchor.contains(event.target)) hide();
    };
    // Follows its element as the page scrolls (focusing one may scroll it into view).
    const onScroll = () => {
      if (anchor) placeFloating(tip, anchor);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && anchor) hide();
    };
    document.addEventListener('pointerover', onOver);
    document.addEventListener('pointerout', onOut);
    document.addEventListener('focusin', onOver);
    document.addEventListener('focusout', onFocusOut);
    document.addEventListener('keydown', onKey);
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      hide();
      document.removeEventListener('pointerover', onOver);
      document.removeEventListener('pointerout', onOut);
      document.removeEventListener('focusin', onOver);
      document.removeEventListener('focusout', onFocusOut);
      document.removeEventListener('keydown', onKey);
      window.removeEventListener('scroll', onScroll);
    };
  }, []);
  return <div ref={ref} className="pv-tip" popover="manual" aria-hidden="true" />;
}
