import { formatFuzzyDate } from '../../article/format-fuzzy-date';
import type { Attribution, RelayLink, Source } from '../../article/sourcing-schema';

const CHANNELS: Record<NonNullable<Source['channel']>['type'], string> = {
  phone: 'by phone',
  'in-person': 'in person',
  email: 'by email',
  messaging: 'by message',
  document: 'in writing',
  broadcast: 'in a broadcast',
  unknown: '',
};

export function channelLabel(channel: Source['channel']): string {
  return channel ? CHANNELS[channel.type] : '';
}

/** "by phone, a Wednesday before publication": how one link of a chain was made. */
export function linkHow(link: RelayLink, source: Source | undefined): string {
  const channel = channelLabel(link.channel ?? source?.channel);
  const when = link.when ?? source?.contacted;
  return [channel, when ? formatFuzzyDate(when) : ''].filter(Boolean).join(', ');
}

/** The toggle's accessible name: "Source: a source in North Korea, by phone, hedged". */
export function toggleName(attribution: Attribution, source: Source | undefined): string {
  const parts = [`Source: ${source?.name ?? attribution.sourceId}`];
  const channel = channelLabel(source?.channel);
  if (channel) parts.push(channel);
  if (attribution.certainty !== 'stated') parts.push(attribution.certainty);
  return parts.join(', ');
}
