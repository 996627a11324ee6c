import type { PreparedArticle } from '../../article/prepare-article';
import type { Quote } from '../../article/quote-schema';
import { SOURCE_KIND_LABELS } from '../../article/source-category';
import { shareableUrl } from '../../shared/app-url';
import { useArticleName } from '../../shared/article-name-context';
import { cardDomId, itemPath } from '../../shared/item-path';
import { useTextDecorations } from '../../shared/text-decorations';
import { CopyQuoteButton } from './copy-quote-button';
import { Permalink } from '../../shared/permalink';
import { channelLine, quoteCitation, whoLine } from './describe-quote';
import { QuoteFacts } from './quote-facts';
import { QuoteWords } from './quote-words';

type QuoteCardProps = { quote: Quote; prepared: PreparedArticle; onClose: () => void };

/** Whose words a quotation is, how they reached the publication, and the editor's additions. */
export function QuoteCard({ quote, prepared, onClose }: QuoteCardProps) {
  const articleName = useArticleName();
  const { cardExtra } = useTextDecorations();
  const speaker = prepared.sourcesById.get(quote.speakerId);
  const who = whoLine(prepared, quote);
  const meta = [speaker ? SOURCE_KIND_LABELS[speaker.kind] : '', channelLine(prepared, quote)].filter(
    Boolean,
  );
  const link = shareableUrl(itemPath(articleName, quote.id), window.location.href);
  return (
    <div
      id={cardDomId(quote.id)}
      className={quote.relayedById ? 'pv-quote-card pv-quote-card--relayed' : 'pv-quote-card'}
      role="group"
      aria-label={`Quote card: ${who}`}
    >
      <p className="pv-quote-card-kicker">
        {quote.parentId ? 'Quotation within a quotation' : 'Quotation'}
        {quote.parts.length > 1 && `, in ${quote.parts.length} parts`}
      </p>
      <p className="pv-quote-card-title">{who}</p>
      {meta.length > 0 && <p className="pv-quote-card-meta">{meta.join(' · ')}</p>}
      <QuoteWords quote={quote} />
      <QuoteFacts quote={quote} prepared={prepared} />
      <CopyQuoteButton label="Copy quote" text={quoteCitation(prepared, quote, link)} />
      <p className="pv-card-permalink">
        <Permalink itemId={quote.id} label={`quote from ${who}`} />
      </p>
      {cardExtra?.(quote.id)}
      <button type="button" className="pv-link-button pv-close-button" onClick={onClose}>
        Close <span className="pv-visually-hidden">quote card</span>
      </button>
    </div>
  );
}
