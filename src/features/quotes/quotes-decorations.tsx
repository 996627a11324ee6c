import { Children } from 'react';
import type { PreparedArticle } from '../../article/prepare-article';
import type { Note, Quote } from '../../article/quote-schema';
import { endsPiece, type Mark } from '../../article/segment-text';
import type { TextDecorations } from '../../shared/text-decorations';
import { createActiveQuoteStore } from './active-quote-store';
import { InsertionMark, InsertionNote } from './insertion-mark';
import { NoteCards } from './note-cards';
import { noteBlocks } from './note-location';
import { NoteToggle } from './note-toggle';
import { QuoteCards } from './quote-cards';
import { QuoteMark } from './quote-mark';
import { QuoteToggle } from './quote-toggle';
import { notesByBlock, quotesByLastBlock } from './quote-lookups';
import './quotes.css';

/** The anchor a note-anchor mark piece belongs to, when it is the note's first in its block. */
function firstAnchorEnding(note: Note, mark: Mark) {
  const anchor = note.anchors.find((a) => a.start <= mark.start && mark.end <= a.end);
  if (!anchor || anchor.end !== mark.end) return undefined;
  const first = note.anchors.filter((a) => a.blockId === anchor.blockId).sort((a, b) => a.start - b.start)[0];
  return first === anchor ? anchor : undefined;
}

function isLastPart(quote: Quote, mark: Mark) {
  return (mark.part ?? 0) === quote.parts.length - 1;
}

/**
 * Quotes whose button goes at the end of their attributed passage, beside its source button,
 * rather than inside the closing quotation mark (where it would split “…” across a line).
 */
function quotesEndingInAttribution(prepared: PreparedArticle): Map<string, Quote[]> {
  const byAttribution = new Map<string, Quote[]>();
  for (const quote of prepared.article.quotes) {
    const attribution = quote.attributionId ? prepared.attributionsById.get(quote.attributionId) : undefined;
    const last = quote.parts[quote.parts.length - 1];
    if (!attribution || !last) continue;
    const { range } = attribution;
    if (range.blockId !== last.blockId || last.start < range.start || last.end > range.end) continue;
    byAttribution.set(attribution.id, [...(byAttribution.get(attribution.id) ?? []), quote]);
  }
  return byAttribution;
}

/**
 * What the quotes feature adds to the text: quotations as `q` whose split parts light up
 * together, a quote button after each quotation opening its card below the paragraph, the
 * editor's insertions explained, and a note button after each annotated passage.
 */
export function quotesDecorations(prepared: PreparedArticle): TextDecorations {
  const store = createActiveQuoteStore();
  const cardsAfter = quotesByLastBlock(prepared);
  const notesAfter = notesByBlock(prepared, noteBlocks);
  const atPassageEnd = quotesEndingInAttribution(prepared);
  const placedAtPassageEnd = new Set([...atPassageEnd.values()].flat().map((q) => q.id));
  return {
    renderMark: (mark, content) => {
      // The reader passes the children and the mark's end controls as one unkeyed list.
      const children = Children.toArray(content);
      if (mark.kind === 'quote') {
        const nested = prepared.quotesById.get(mark.id)?.parentId !== undefined;
        return (
          <QuoteMark mark={mark} store={store} nested={nested}>
            {children}
          </QuoteMark>
        );
      }
      if (mark.kind === 'insertion') return <InsertionMark mark={mark}>{children}</InsertionMark>;
      return null;
    },
    markEnd: (mark) => {
      if (!endsPiece(mark)) return null;
      if (mark.kind === 'attribution')
        return atPassageEnd
          .get(mark.id)
          ?.map((quote) => <QuoteToggle key={quote.id} quote={quote} prepared={prepared} store={store} />);
      if (mark.kind === 'quote') {
        const quote = prepared.quotesById.get(mark.id);
        if (!quote || placedAtPassageEnd.has(quote.id) || !isLastPart(quote, mark)) return null;
        return <QuoteToggle quote={quote} prepared={prepared} store={store} />;
      }
      if (mark.kind === 'note-anchor') {
        const note = prepared.notesById.get(mark.id);
        const anchor = note && firstAnchorEnding(note, mark);
        return note && anchor ? (
          <NoteToggle note={note} blockId={anchor.blockId} prepared={prepared} />
        ) : null;
      }
      return null;
    },
    afterBlock: (blockId) => (
      <>
        {cardsAfter
          .get(blockId)
          ?.map((quote) =>
            quote.insertions.length > 0 ? <InsertionNote key={quote.id} quoteId={quote.id} /> : null,
          )}
        <QuoteCards quotes={cardsAfter.get(blockId) ?? []} prepared={prepared} />
        <NoteCards blockId={blockId} notes={notesAfter.get(blockId) ?? []} prepared={prepared} />
      </>
    ),
  };
}
