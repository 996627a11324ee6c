import type { PreparedArticle } from '../../article/prepare-article';
import type { Quote } from '../../article/quote-schema';
import { cardDomId } from '../../shared/item-path';
import { useDisclosureActions, useDisclosureSelector } from '../../shared/reader-state';
import { QuoteCard } from './quote-card';
import { quoteCardKey } from './quote-keys';

type QuoteCardsProps = { quotes: Quote[]; prepared: PreparedArticle };

/** The open quote cards of one block (quotes ending in it), inline below it. */
export function QuoteCards({ quotes, prepared }: QuoteCardsProps) {
  const { toggle } = useDisclosureActions();
  // A string, so that this block re-renders only when its own cards open or close.
  const openIds = useDisclosureSelector(
    (isOpen) =>
      quotes
        .filter((quote) => isOpen(quoteCardKey(quote.id)))
        .map((quote) => quote.id)
        .join(' '),
    quotes.map((quote) => quoteCardKey(quote.id)),
  );
  const open = openIds ? quotes.filter((quote) => openIds.split(' ').includes(quote.id)) : [];
  if (open.length === 0) return null;
  return (
    <div className="pv-quote-cards">
      {open.map((quote) => (
        <QuoteCard
          key={quote.id}
          quote={quote}
          prepared={prepared}
          onClose={() => {
            toggle(quoteCardKey(quote.id));
            document.querySelector<HTMLElement>(`[aria-controls="${cardDomId(quote.id)}"]`)?.focus();
          }}
        />
      ))}
    </div>
  );
}
