import type { FocusEvent, ReactNode } from 'react';
import { beginsItem, type Mark } from '../../article/segment-text';
import { useIsLit, useIsOpen } from '../../shared/reader-state';
import { useIsActiveQuote, type ActiveQuoteStore } from './active-quote-store';
import { quoteCardKey } from './quote-keys';

type QuoteMarkProps = {
  mark: Mark;
  store: ActiveQuoteStore;
  nested: boolean;
  children: ReactNode;
};

/**
 * One part of a quotation in the text: a `q` (the published quotation marks stay outside it).
 * The first part carries the quote's id; pointing at or focusing into any part lights all parts.
 */
export function QuoteMark({ mark, store, nested, children }: QuoteMarkProps) {
  const active = useIsActiveQuote(store, mark.id);
  const lit = useIsLit(mark.id);
  const open = useIsOpen(quoteCardKey(mark.id));
  const classes = ['pv-quote'];
  if (nested) classes.push('pv-quote--nested');
  if (active) classes.push('pv-quote--active');
  if (open) classes.push('pv-quote--open');
  if (lit) classes.push('pv-lit');
  // Focus events bubble: only the innermost quote around the focused element takes it.
  const ownsFocus = (event: FocusEvent<HTMLElement>) =>
    event.target instanceof Element && event.target.closest('q') === event.currentTarget;
  return (
    // Pointer and focus only light the quote's parts; no action is bound, so `q` keeps its role.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <q
      id={beginsItem(mark) ? mark.id : undefined}
      className={classes.join(' ')}
      data-quote={mark.id}
      data-part={mark.part ?? 0}
      onMouseEnter={() => {
        store.enter(mark.id);
      }}
      onMouseLeave={() => {
        store.leave(mark.id);
      }}
      onFocus={(event) => {
        if (ownsFocus(event)) store.enter(mark.id);
      }}
      onBlur={(event) => {
        if (ownsFocus(event)) store.leave(mark.id);
      }}
    >
      {children}
    </q>
  );
}
