import { useEffect, useMemo, useState } from 'react';
import type { PreparedArticle } from '../article/prepare-article';
import type { Quote } from '../article/quote-schema';
import { SOURCE_KIND_LABELS } from '../article/source-category';
import { channelLine, whoLine } from '../features/quotes/describe-quote';
import { UtteranceText } from '../features/quotes/quote-words';
import { SourceCard } from '../features/sources/source-card';
import { SourceEntry } from '../features/sources/source-entry';
import { sourceEntryKey } from '../features/sources/source-keys';
import { EventItem, eventKey } from '../features/timeline/event-item';
import { timelineData } from '../article/timeline-data';
import { useDisclosureActions } from '../shared/reader-state';
import { cardKind } from './embed-card-kind';
import '../features/quotes/quotes.css';
import '../features/sources/sources.css';
import '../features/timeline/timeline.css';

type EmbedCardProps = { prepared: PreparedArticle; itemId: string };

/** One item on its own: a quote as a pull quote, an event, a source or a passage's source card. */
export function EmbedCard({ prepared, itemId }: EmbedCardProps) {
  const { setOpen } = useDisclosureActions();
  const kind = cardKind(prepared, itemId);
  useEffect(() => {
    if (kind === 'event') setOpen([eventKey(itemId)], true);
    if (kind === 'source') setOpen([sourceEntryKey(itemId)], true);
  }, [kind, itemId, setOpen]);
  const headline = prepared.article.meta.headline.text;
  const quote = prepared.quotesById.get(itemId);
  if (quote) return <PullQuote quote={quote} prepared={prepared} />;
  return (
    <main className="pv-embed-panel">
      <p className="pv-embed-kicker">From the article</p>
      <h1 className="pv-embed-title">{headline}</h1>
      {kind === 'event' && <EventCard prepared={prepared} eventId={itemId} />}
      {kind === 'source' && <SourceCardOf prepared={prepared} sourceId={itemId} />}
      {kind === 'passage' && <PassageCard prepared={prepared} attributionId={itemId} />}
    </main>
  );
}

function PullQuote({ quote, prepared }: { quote: Quote; prepared: PreparedArticle }) {
  const who = whoLine(prepared, quote);
  const speaker = prepared.sourcesById.get(quote.speakerId);
  const how = [speaker ? SOURCE_KIND_LABELS[speaker.kind] : '', channelLine(prepared, quote)].filter(Boolean);
  const { meta } = prepared.article;
  return (
    <main className="pv-embed-panel">
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
    </main>
  );
}

function EventCard({ prepared, eventId }: { prepared: PreparedArticle; eventId: string }) {
  const data = useMemo(() => timelineData(prepared), [prepared]);
  const event = prepared.eventsById.get(eventId);
  if (!event) return null;
  return (
    <section className="pv-timeline" aria-label="Event">
      <ol className="pv-timeline-list">
        <EventItem event={event} data={data} prepared={prepared} />
      </ol>
    </section>
  );
}

function SourceCardOf({ prepared, sourceId }: { prepared: PreparedArticle; sourceId: string }) {
  const source = prepared.sourcesById.get(sourceId);
  if (!source) return null;
  return (
    <ul className="pv-source-list">
      <SourceEntry source={source} prepared={prepared} />
    </ul>
  );
}

function PassageCard({ prepared, attributionId }: { prepared: PreparedArticle; attributionId: string }) {
  const [shown, setShown] = useState(true);
  const attribution = prepared.attributionsById.get(attributionId);
  if (!attribution) return null;
  return (
    <>
      <blockquote className="pv-embed-passage">
        <p>“{attribution.range.text}”</p>
      </blockquote>
      {shown ? (
        <SourceCard
          attribution={attribution}
          prepared={prepared}
          onClose={() => {
            setShown(false);
          }}
        />
      ) : (
        <button
          type="button"
          className="pv-link-button"
          onClick={() => {
            setShown(true);
          }}
        >
          Show the source card
        </button>
      )}
    </>
  );
}
