import type { TimelineEvent } from '../../article/event-schema';
import type { PreparedArticle } from '../../article/prepare-article';
import { ItemLink } from '../../shared/item-link';

const MAX_EXCERPT = 90;

function shorten(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= MAX_EXCERPT) return clean;
  return `${clean.slice(0, clean.lastIndexOf(' ', MAX_EXCERPT)).replace(/[,;:]$/, '')}…`;
}

type EvidenceLinksProps = { event: TimelineEvent; prepared: PreparedArticle };

/** The passages and quotes that evidence an event, each a link that goes to it in the text. */
export function EvidenceLinks({ event, prepared }: EvidenceLinksProps) {
  const passages = event.evidence.attributionIds.flatMap((id) => {
    const attribution = prepared.attributionsById.get(id);
    return attribution ? [{ id, text: shorten(attribution.range.text), quote: false }] : [];
  });
  const quotes = event.evidence.quoteIds.flatMap((id) => {
    const quote = prepared.quotesById.get(id);
    return quote ? [{ id, text: shorten(quote.parts.map((p) => p.text).join(' … ')), quote: true }] : [];
  });
  const items = [...passages, ...quotes];
  if (items.length === 0) return <p className="pv-timeline-empty">No passage is marked as evidence.</p>;
  return (
    <ul className="pv-event-evidence">
      {items.map((item) => (
        <li key={item.id} className={item.quote ? 'pv-event-evidence-quote' : undefined}>
          <ItemLink itemId={item.id}>
            {item.quote ? (
              <>
                <span className="pv-visually-hidden">Quote:</span> “{item.text}”
              </>
            ) : (
              item.text
            )}
          </ItemLink>
        </li>
      ))}
    </ul>
  );
}
