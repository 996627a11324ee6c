import type { PreparedArticle } from '../article/prepare-article';
import type { Quote } from '../article/quote-schema';
import { SOURCE_KIND_LABELS } from '../article/source-category';
import type { Attribution } from '../article/sourcing-schema';
import type { TextRange } from '../article/text-range-schema';
import { channelLine, whoLine } from '../features/quotes/describe-quote';
import { UtteranceText } from '../features/quotes/quote-words';
import { SourceCard } from '../features/sources/source-card';
import { cardKind } from './embed-card-kind';
import { EmbedEventCard, EmbedSourceCard } from './embed-item-cards';
import '../features/quotes/quotes.css';
import '../features/sources/sources.css';
import '../features/timeline/timeline.css';

type EmbedCardProps = { prepared: PreparedArticle; itemId: string };

/**
 * One item on its own, made for a frame in someone else's page: a quote as a pull quote, an
 * event, a source or a passage with its source card. Marks explain themselves in words (no tip
 * to hover), and nothing offers what only the full reader can do.
 */
export function EmbedCard({ prepared, itemId }: EmbedCardProps) {
  const kind = cardKind(prepared, itemId);
  const headline = prepared.article.meta.headline.text;
  const quote = prepared.quotesById.get(itemId);
  if (quote) return <PullQuote quote={quote} prepared={prepared} />;
  const attribution = prepared.attributionsById.get(itemId);
  return (
    <main className="pv-embed-panel" data-pv-card={itemId}>
      <p className="pv-embed-kicker">From the article</p>
      <h1 className="pv-embed-title">{headline}</h1>
      {kind === 'event' && <EmbedEventCard prepared={prepared} eventId={itemId} />}
      {kind === 'source' && <EmbedSourceCard prepared={prepared} sourceId={itemId} />}
      {kind === 'passage' && attribution && <PassageCard prepared={prepared} attribution={attribution} />}
    </main>
  );
}

function PullQuote({ quote, prepared }: { quote: Quote; prepared: PreparedArticle }) {
  const who = whoLine(prepared, quote);
  const speaker = prepared.sourcesById.get(quote.speakerId);
  const how = [speaker ? SOURCE_KIND_LABELS[speaker.kind] : '', channelLine(prepared, quote)].filter(Boolean);
  const { meta } = prepared.article;
  return (
    <main className="pv-embed-panel" data-pv-card={quote.id}>
      <h1 className="pv-visually-hidden">Quote from {who}</h1>
      <figure id={quote.id} className="pv-pullquote">
        <blockquote>
          <p>
            “<UtteranceText quote={quote} />”
          </p>
        </blockquote>
        <figcaption>
          <cite className="pv-pullquote-who">
            — <bdi>{who}</bdi>
          </cite>
          {how.length > 0 && <span className="pv-pullquote-meta">{how.join(' · ')}</span>}
          <span className="pv-pullquote-meta">
            In <cite>{meta.headline.text}</cite>, <bdi>{meta.publisher.name}</bdi>
          </span>
        </figcaption>
      </figure>
      {quote.insertions.length > 0 && (
        <p className="pv-embed-key">
          <span className="pv-insertion pv-insertion--static" aria-hidden="true">
            Dotted
          </span>{' '}
          words were added by the editor for clarity: {quote.insertions.map((i) => `“${i.text}”`).join(', ')}.
        </p>
      )}
    </main>
  );
}

/** The passage's text with its hedge words marked, as pieces in order. */
function hedgedPieces(range: TextRange, hedges: readonly TextRange[]) {
  const inside = hedges
    .filter((h) => h.blockId === range.blockId && h.start >= range.start && h.end <= range.end)
    .sort((a, b) => a.start - b.start);
  const out: { text: string; hedge: boolean }[] = [];
  let cursor = range.start;
  for (const hedge of inside) {
    if (hedge.start < cursor) continue;
    if (hedge.start > cursor)
      out.push({ text: range.text.slice(cursor - range.start, hedge.start - range.start), hedge: false });
    out.push({ text: range.text.slice(hedge.start - range.start, hedge.end - range.start), hedge: true });
    cursor = hedge.end;
  }
  if (cursor < range.end) out.push({ text: range.text.slice(cursor - range.start), hedge: false });
  return out;
}

function PassageCard({ prepared, attribution }: { prepared: PreparedArticle; attribution: Attribution }) {
  const pieces = hedgedPieces(attribution.range, attribution.hedges);
  const hedged = pieces.some((piece) => piece.hedge);
  return (
    <>
      <blockquote className="pv-embed-passage">
        <p>
          “
          {pieces.map((piece, at) =>
            piece.hedge ? (
              <em key={at} className="pv-embed-hedge">
                {piece.text}
              </em>
            ) : (
              piece.text
            ),
          )}
          ”
        </p>
      </blockquote>
      {hedged && (
        <p className="pv-embed-key">
          <em className="pv-embed-hedge">Underlined</em> words are hedges: the text signals this is not
          certain.
        </p>
      )}
      <SourceCard attribution={attribution} prepared={prepared} othersShown={3} />
    </>
  );
}
