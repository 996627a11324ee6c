import type { Source } from './sourcing-schema';

const CHANNELS: Record<NonNullable<Source['channel']>['type'], string> = {
  phone: 'by phone',
  'in-person': 'in person',
  email: 'by email',
  messaging: 'by message',
  document: 'in writing',
  broadcast: 'in a broadcast',
  unknown: '',
};

/** How a source reached the publication, as a phrase ("by phone"); empty when not known. */
export function channelLabel(channel: Source['channel']): string {
  return channel ? CHANNELS[channel.type] : '';
}
