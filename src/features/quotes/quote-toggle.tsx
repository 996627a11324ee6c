import type { PreparedArticle } from '../../article/prepare-article';
import type { Quote } from '../../article/quote-schema';
import { cardDomId } from '../../shared/item-path';
import { useDisclosures } from '../../shared/reader-state';
import { quoteToggleName } from './describe-quote';
import { quoteCardKey } from './quote-keys';

type QuoteToggleProps = { quote: Quote; prepared: PreparedArticle };

/** The disclosure button after a quote's last part; its visible label is CSS (`::before`). */
export function QuoteToggle({ quote, prepared }: QuoteToggleProps) {
  const { isOpen, toggle } = useDisclosures();
  return (
    <button
      type="button"
      className={quote.parentId ? 'pv-quote-toggle pv-quote-toggle--nested' : 'pv-quote-toggle'}
      aria-expanded={isOpen(quoteCardKey(quote.id))}
      aria-controls={cardDomId(quote.id)}
      aria-label={quoteToggleName(prepared, quote)}
      onClick={() => {
        toggle(quoteCardKey(quote.id));
      }}
    />
  );
}
