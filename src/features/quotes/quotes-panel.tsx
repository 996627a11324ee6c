import { memo, useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { PreparedArticle } from '../../article/prepare-article';
import { usePrinting } from '../../shared/reader-state';
import { highlightMatches } from './highlight-matches';
import { NotesIndex } from './notes-index';
import { usePrintNotes } from './print-notes';
import { QuoteGroups } from './quote-groups';
import { search, searchIndex, warmSearchIndex } from './quote-search';
import { ShowMore, usePaging } from '../../shared/show-more';
import './quotes.css';

type QuotesPanelProps = { prepared: PreparedArticle };

function plural(count: number, one: string, many: string) {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * Every quotation, grouped by who said it, and the editor's notes; filtered as you type. A long
 * index shows a page of each at a time (all in print); memoised, because the rail re-renders it,
 * hidden, whenever another tab is chosen.
 */
export const QuotesPanel = memo(function QuotesPanel({ prepared }: QuotesPanelProps) {
  const [query, setQuery] = useState('');
  // The field shows each key at once; the list follows in a render that the next key may
  // interrupt (a long index holds a thousand quotes).
  const shownQuery = useDeferredValue(query);
  usePrintNotes(prepared);
  const searchId = useId();
  const { quotes, notes } = prepared.article;
  useEffect(() => warmSearchIndex(prepared), [prepared]);
  const searching = shownQuery.trim() !== '';
  const shownQuotes = useMemo(
    () => (searching ? search(searchIndex(prepared).quotes, shownQuery) : quotes),
    [prepared, quotes, searching, shownQuery],
  );
  const shownNotes = useMemo(
    () => (searching ? search(searchIndex(prepared).notes, shownQuery) : notes),
    [prepared, notes, searching, shownQuery],
  );
  const quotePaging = usePaging<HTMLDivElement>('.pv-quote-entry');
  const notePaging = usePaging<HTMLUListElement>(':scope > li');
  const printing = usePrinting();
  const quoteLimit = printing ? shownQuotes.length : quotePaging.limit;
  const noteLimit = printing ? shownNotes.length : notePaging.limit;
  const panel = useRef<HTMLElement>(null);
  // The searched words, marked in the entries shown (after each render that changes them).
  useEffect(() => {
    const entries = panel.current?.querySelectorAll('.pv-quote-entry-link, .pv-note-entry-link') ?? [];
    return highlightMatches(entries, shownQuery);
  }, [shownQuery, shownQuotes, shownNotes, quoteLimit, noteLimit]);
  return (
    <section ref={panel} className="pv-quotes-panel" aria-labelledby="pv-quotes-heading">
      <h2 id="pv-quotes-heading" className="pv-panel-heading">
        Quotes <span className="pv-count">({quotes.length})</span>
      </h2>
      <div className="pv-quote-search">
        <label htmlFor={searchId}>Search quotes and notes</label>
        <input
          id={searchId}
          type="search"
          value={query}
          autoComplete="off"
          onChange={(event) => {
            setQuery(event.target.value);
            quotePaging.reset();
            notePaging.reset();
          }}
        />
      </div>
      <p className="pv-quote-search-count" role="status">
        {shownQuotes.length} of {plural(quotes.length, 'quote', 'quotes')}
        {notes.length > 0 && `, ${shownNotes.length} of ${plural(notes.length, 'note', 'notes')}`}
      </p>
      <QuoteGroups prepared={prepared} quotes={shownQuotes} limit={quoteLimit} listRef={quotePaging.list} />
      <ShowMore
        shown={Math.min(quoteLimit, shownQuotes.length)}
        total={shownQuotes.length}
        noun="quotes"
        onMore={quotePaging.showMore}
      />
      {notes.length > 0 && (
        <>
          <NotesIndex
            prepared={prepared}
            notes={shownNotes}
            limit={noteLimit}
            listRef={notePaging.list}
            headingId={`${searchId}-notes`}
          />
          <ShowMore
            shown={Math.min(noteLimit, shownNotes.length)}
            total={shownNotes.length}
            noun="notes"
            onMore={notePaging.showMore}
          />
        </>
      )}
      {shownQuotes.length === 0 && shownNotes.length === 0 && (
        <p className="pv-empty">Nothing matches “{shownQuery}”.</p>
      )}
    </section>
  );
});
