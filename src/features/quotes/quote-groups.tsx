import type { RefObject } from 'react';
import type { PreparedArticle } from '../../article/prepare-article';
import { QuoteIndexEntry } from './quote-index-entry';
import { groupBySpeaker, pageGroups } from './quote-search';
import type { Quote } from '../../article/quote-schema';

type QuoteGroupsProps = {
  prepared: PreparedArticle;
  quotes: readonly Quote[];
  /** How many quotes are on the page (every one of them in print). */
  limit: number;
  listRef: RefObject<HTMLDivElement | null>;
};

/** The quotes that match, grouped by speaker; a group's count is of all its matches. */
export function QuoteGroups({ prepared, quotes, limit, listRef }: QuoteGroupsProps) {
  const groups = pageGroups(groupBySpeaker(prepared, quotes), limit);
  return (
    <div ref={listRef}>
      {groups.map((group) => (
        // A heading per speaker, not a landmark: hundreds of speakers, some sharing a name, would
        // crowd the landmarks and repeat their names.
        <div key={group.key} className="pv-quote-group">
          <h3 className="pv-quote-group-heading">
            <bdi>{group.label}</bdi> <span className="pv-count">({group.quotes.length})</span>
          </h3>
          <ul className="pv-quote-list">
            {group.onPage.map((quote) => (
              <QuoteIndexEntry key={quote.id} quote={quote} />
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
