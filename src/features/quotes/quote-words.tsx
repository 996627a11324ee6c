import type { Quote } from '../../article/quote-schema';
import type { TextRange } from '../../article/text-range-schema';

type QuoteWordsProps = { quote: Quote };

function pieces(part: TextRange, insertions: TextRange[]) {
  const inside = insertions
    .filter((i) => i.blockId === part.blockId && i.start >= part.start && i.end <= part.end)
    .sort((a, b) => a.start - b.start);
  const out: { text: string; editorial: boolean }[] = [];
  let cursor = part.start;
  for (const insertion of inside) {
    if (insertion.start > cursor)
      out.push({
        text: part.text.slice(cursor - part.start, insertion.start - part.start),
        editorial: false,
      });
    out.push({ text: insertion.text, editorial: true });
    cursor = insertion.end;
  }
  if (cursor < part.end) out.push({ text: part.text.slice(cursor - part.start), editorial: false });
  return out;
}

/** The utterance as inline text: parts joined by an ellipsis, the editor's insertions set apart. */
export function UtteranceText({ quote }: QuoteWordsProps) {
  return quote.parts.map((part, index) => (
    <span key={`${part.blockId}-${part.start}`}>
      {index > 0 && ' … '}
      {pieces(part, quote.insertions).map((piece, at) =>
        piece.editorial ? (
          <span key={at} className="pv-insertion pv-insertion--static">
            {piece.text}
          </span>
        ) : (
          piece.text
        ),
      )}
    </span>
  ));
}

/** The whole utterance as a block quotation, with its published quotation marks. */
export function QuoteWords({ quote }: QuoteWordsProps) {
  return (
    <blockquote className="pv-quote-words">
      <p>
        “<UtteranceText quote={quote} />”
      </p>
    </blockquote>
  );
}
