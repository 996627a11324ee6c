import { channelLabel } from '../../article/channel-label';
import { formatFuzzyDate } from '../../article/format-fuzzy-date';
import type { PreparedArticle } from '../../article/prepare-article';
import type { Quote } from '../../article/quote-schema';

export function speakerName(prepared: PreparedArticle, quote: Quote): string {
  return prepared.sourcesById.get(quote.speakerId)?.name ?? quote.speakerId;
}

export function relayerName(prepared: PreparedArticle, quote: Quote): string | undefined {
  if (!quote.relayedById) return undefined;
  return prepared.sourcesById.get(quote.relayedById)?.name ?? quote.relayedById;
}

/** The whole utterance: a split quote's parts joined with an ellipsis. */
export function utterance(quote: Quote): string {
  return quote.parts.map((part) => part.text).join(' … ');
}

/** Whose words, and who passed them on: "Chinese officials, quoted by a source in North Korea". */
export function whoLine(prepared: PreparedArticle, quote: Quote): string {
  const relayer = relayerName(prepared, quote);
  return relayer ? `${speakerName(prepared, quote)}, quoted by ${relayer}` : speakerName(prepared, quote);
}

/**
 * How the words reached the publication, from the source who told it: "by phone, a Wednesday
 * before publication". The attribution's relay link wins over the source's defaults.
 */
export function channelLine(prepared: PreparedArticle, quote: Quote): string {
  const tellerId = quote.relayedById ?? quote.speakerId;
  const teller = prepared.sourcesById.get(tellerId);
  const chain = quote.attributionId ? prepared.attributionsById.get(quote.attributionId)?.chain : undefined;
  const link = chain?.find((l) => l.sourceId === tellerId);
  const when = link?.when ?? teller?.contacted;
  return [channelLabel(link?.channel ?? teller?.channel), when ? formatFuzzyDate(when) : '']
    .filter(Boolean)
    .join(', ');
}

/** The quote toggle's accessible name: whose words, and which ("Quote from …: “North Korea, not…”"). */
export function quoteToggleName(prepared: PreparedArticle, quote: Quote): string {
  const relayer = relayerName(prepared, quote);
  const teller = prepared.sourcesById.get(quote.relayedById ?? quote.speakerId);
  const name = [`Quote from ${speakerName(prepared, quote)}`];
  if (relayer) name.push(`relayed by ${relayer}`);
  const channel = channelLabel(teller?.channel);
  if (channel) name.push(channel);
  return `${name.join(', ')}: “${excerpt(quote.parts[0]?.text ?? '', 32)}”`;
}

/** A quote as text to paste elsewhere: “words” — speaker, relayed by …, Publisher, link. */
export function quoteCitation(prepared: PreparedArticle, quote: Quote, url: string): string {
  const relayer = relayerName(prepared, quote);
  const who = [
    speakerName(prepared, quote),
    relayer ? `relayed by ${relayer}` : '',
    prepared.article.meta.publisher.name,
  ];
  return `“${utterance(quote)}” — ${[...who.filter(Boolean), url].join(', ')}`;
}

/** A short quotation for link text. */
export function excerpt(text: string, max = 90): string {
  const clean = text.trim().replace(/\s+/g, ' ');
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}
