import type { EmbedOptions } from '../../shared/app-url';
import { readEmbedMessage, type EmbedMessage } from './embed-messages';

/** Where this embed may talk to its host: only when the URL named both an origin and an id. */
export type HostChannel = { origin: string; id: string };

export function hostChannel(options: Pick<EmbedOptions, 'origin' | 'id'>): HostChannel | undefined {
  if (!options.origin || !options.id) return undefined;
  return { origin: options.origin, id: options.id };
}

/** Posts to the host page at its exact origin (never `'*'`); does nothing outside a frame. */
export function postToHost(channel: HostChannel, message: EmbedMessage, win: Window = window): void {
  if (win.parent === win) return;
  win.parent.postMessage(message, channel.origin);
}

export type HostRequest = Extract<
  EmbedMessage,
  { type: 'provenance:open' | 'provenance:locate' | 'provenance:theme' }
>;

/**
 * What the host asks of this embed (open or locate an item, a theme), or undefined when the event
 * is not such a request: it must come from the parent window, at the host's origin, for this
 * instance, well formed.
 */
export function hostRequest(
  event: MessageEvent,
  channel: HostChannel,
  win: Window = window,
): HostRequest | undefined {
  if (event.origin !== channel.origin || event.source !== win.parent || win.parent === win) return undefined;
  const message = readEmbedMessage(event.data);
  if (!message || message.id !== channel.id) return undefined;
  if (
    message.type === 'provenance:open' ||
    message.type === 'provenance:locate' ||
    message.type === 'provenance:theme'
  )
    return message;
  return undefined;
}

/** The item an `open` message from the host asks for, or undefined when the event is not one. */
export function requestedItem(event: MessageEvent, channel: HostChannel, win: Window = window) {
  const request = hostRequest(event, channel, win);
  return request?.type === 'provenance:open' ? request.item : undefined;
}
