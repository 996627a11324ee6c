import { memo } from 'react';
import type { Quote } from '../../article/quote-schema';
import { ItemLink } from '../../shared/item-link';
import { UtteranceText } from './quote-words';

type QuoteIndexEntryProps = { quote: Quote };

function details(quote: Quote): string {
  const facts: string[] = [];
  if (quote.parts.length > 1) facts.push(`in ${quote.parts.length} parts`);
  if (quote.parentId) facts.push('within another quotation');
  const count = quote.insertions.length;
  if (count > 0) facts.push(`${count} editor’s ${count === 1 ? 'insertion' : 'insertions'}`);
  return facts.join(' · ');
}

/**
 * One quotation in the index: its words as a link to its place in the text. Memoised: each key
 * typed in the search leaves the entries still shown alone.
 */
export const QuoteIndexEntry = memo(function QuoteIndexEntry({ quote }: QuoteIndexEntryProps) {
  const facts = details(quote);
  return (
    <li className="pv-quote-entry">
      <ItemLink itemId={quote.id} className="pv-quote-entry-link">
        “<UtteranceText quote={quote} />”
      </ItemLink>
      {facts && <span className="pv-quote-entry-facts">{facts}</span>}
    </li>
  );
});
