import type { PreparedArticle } from '../../article/prepare-article';
import type { Quote } from '../../article/quote-schema';
import { cardDomId } from '../../shared/item-path';
import { useDisclosureActions, useIsOpen } from '../../shared/reader-state';
import { quoteToggleName } from './describe-quote';
import { quoteCardKey } from './quote-keys';
import type { ActiveQuoteStore } from './active-quote-store';
import '../../shared/marks.css';

type QuoteToggleProps = { quote: Quote; prepared: PreparedArticle; store: ActiveQuoteStore };

/**
 * The disclosure button after a quote (at the end of its passage); its visible label is CSS
 * (`::before`). Pointing at it or focusing it lights the quote's parts, so it is clear which
 * quotation it opens.
 */
export function QuoteToggle({ quote, prepared, store }: QuoteToggleProps) {
  const { toggle } = useDisclosureActions();
  const open = useIsOpen(quoteCardKey(quote.id));
  return (
    <button
      type="button"
      className={
        quote.parentId
          ? 'pv-chip pv-chip--quote pv-chip--nested-quote pv-quote-toggle pv-quote-toggle--nested'
          : 'pv-chip pv-chip--quote pv-quote-toggle'
      }
      data-tip={
        quote.parentId
          ? 'A quotation within a quotation: open its card'
          : 'A quotation: open its card (speaker, source, full words)'
      }
      aria-expanded={open}
      aria-controls={cardDomId(quote.id)}
      aria-label={quoteToggleName(prepared, quote)}
      onClick={() => {
        toggle(quoteCardKey(quote.id));
      }}
      onMouseEnter={() => {
        store.enter(quote.id);
      }}
      onMouseLeave={() => {
        store.leave(quote.id);
      }}
      onFocus={() => {
        store.enter(quote.id);
      }}
      onBlur={() => {
        store.leave(quote.id);
      }}
    />
  );
}
