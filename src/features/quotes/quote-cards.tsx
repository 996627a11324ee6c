import type { PreparedArticle } from '../../article/prepare-article';
import type { Quote } from '../../article/quote-schema';
import { cardDomId } from '../../shared/item-path';
import { useDisclosureActions, useOpenItems } from '../../shared/reader-state';
import { QuoteCard } from './quote-card';
import { quoteCardKey } from './quote-keys';

type QuoteCardsProps = { quotes: Quote[]; prepared: PreparedArticle };

/** The open quote cards of one block (quotes ending in it), inline below it. */
export function QuoteCards({ quotes, prepared }: QuoteCardsProps) {
  const { toggle } = useDisclosureActions();
  const open = useOpenItems(quotes, quoteCardKey);
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
