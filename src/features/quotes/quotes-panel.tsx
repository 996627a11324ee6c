import { useId, useState } from 'react';
import type { PreparedArticle } from '../../article/prepare-article';
import { NoteIndexEntry } from './note-index-entry';
import { usePrintNotes } from './print-notes';
import { QuoteIndexEntry } from './quote-index-entry';
import { groupBySpeaker, noteMatches, quoteMatches } from './quote-search';
import './quotes.css';

type QuotesPanelProps = { prepared: PreparedArticle };

function plural(count: number, one: string, many: string) {
  return `${count} ${count === 1 ? one : many}`;
}

/** Every quotation, grouped by who said it, and the editor's notes; filtered as you type. */
export function QuotesPanel({ prepared }: QuotesPanelProps) {
  const [query, setQuery] = useState('');
  usePrintNotes(prepared);
  const searchId = useId();
  const { quotes, notes } = prepared.article;
  const shownQuotes = quotes.filter((quote) => quoteMatches(prepared, quote, query));
  const shownNotes = notes.filter((note) => noteMatches(note, query));
  const groups = groupBySpeaker(prepared, shownQuotes);
  return (
    <section className="pv-quotes-panel" aria-labelledby="pv-quotes-heading">
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
          }}
        />
      </div>
      <p className="pv-quote-search-count" role="status">
        {shownQuotes.length} of {plural(quotes.length, 'quote', 'quotes')}
        {notes.length > 0 && `, ${shownNotes.length} of ${plural(notes.length, 'note', 'notes')}`}
      </p>
      {groups.map((group) => (
        <section key={group.key} className="pv-quote-group" aria-labelledby={`${searchId}-${group.key}`}>
          <h3 id={`${searchId}-${group.key}`} className="pv-quote-group-heading">
            {group.label} <span className="pv-count">({group.quotes.length})</span>
          </h3>
          <ul className="pv-quote-list">
            {group.quotes.map((quote) => (
              <QuoteIndexEntry key={quote.id} quote={quote} />
            ))}
          </ul>
        </section>
      ))}
      {notes.length > 0 && (
        <section className="pv-quote-group" aria-labelledby={`${searchId}-notes`}>
          <h3 id={`${searchId}-notes`} className="pv-quote-group-heading">
            Editor’s notes <span className="pv-count">({shownNotes.length})</span>
          </h3>
          {shownNotes.length > 0 && (
            <ul className="pv-quote-list">
              {shownNotes.map((note) => (
                <NoteIndexEntry key={note.id} note={note} prepared={prepared} />
              ))}
            </ul>
          )}
        </section>
      )}
      {shownQuotes.length === 0 && shownNotes.length === 0 && (
        <p className="pv-empty">Nothing matches “{query}”.</p>
      )}
    </section>
  );
}
