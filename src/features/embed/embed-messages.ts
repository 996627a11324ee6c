import { isItemId } from '../../shared/app-url';
import { INSTANCE_ID_PATTERN } from '../../article/article-names';

/**
 * The messages between an embed and the host's loader (public/embed.js keeps its own copy of
 * these checks, since it is plain JavaScript served as is). Every message carries `version: 1`
 * and `id`, the instance id the loader gave the frame:
 *
 *   embed → host  { type: 'provenance:height',   version: 1, id, height }  content height, CSS px
 *   embed → host  { type: 'provenance:selected', version: 1, id, item }    the reader chose an item
 *   embed → host  { type: 'provenance:position', version: 1, id, item, top } where the host asked
 *                                                                          item is, CSS px from the top
 *   host → embed  { type: 'provenance:open',     version: 1, id, item }    the host's fragment named one
 *   host → embed  { type: 'provenance:locate',   version: 1, id, item }    where is it? (cold link)
 *   host → embed  { type: 'provenance:theme',    version: 1, id, theme }   the host page turned light/dark
 *
 * Both sides post only to the other's exact origin, never to `'*'`, and accept a message only
 * from that origin and that window.
 */
export const MESSAGE_VERSION = 1;
/** Taller than any article would need; a larger number is a bug or an attack, not a height. */
export const MAX_HEIGHT = 100_000;

export type HeightMessage = { type: 'provenance:height'; version: 1; id: string; height: number };
export type SelectedMessage = { type: 'provenance:selected'; version: 1; id: string; item: string };
export type OpenMessage = { type: 'provenance:open'; version: 1; id: string; item: string };
export type LocateMessage = { type: 'provenance:locate'; version: 1; id: string; item: string };
export type PositionMessage = {
  type: 'provenance:position';
  version: 1;
  id: string;
  item: string;
  top: number;
};
export type ThemeMessage = { type: 'provenance:theme'; version: 1; id: string; theme: 'light' | 'dark' };
export type EmbedMessage =
  HeightMessage | SelectedMessage | OpenMessage | LocateMessage | PositionMessage | ThemeMessage;

export function heightMessage(id: string, height: number): HeightMessage {
  return { type: 'provenance:height', version: MESSAGE_VERSION, id, height: Math.ceil(height) };
}

export function selectedMessage(id: string, item: string): SelectedMessage {
  return { type: 'provenance:selected', version: MESSAGE_VERSION, id, item };
}

export function openMessage(id: string, item: string): OpenMessage {
  return { type: 'provenance:open', version: MESSAGE_VERSION, id, item };
}

export function positionMessage(id: string, item: string, top: number): PositionMessage {
  return { type: 'provenance:position', version: MESSAGE_VERSION, id, item, top: Math.round(top) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The message in `data` if it is well formed in every field, else null. */
export function readEmbedMessage(data: unknown): EmbedMessage | null {
  if (!isRecord(data) || data.version !== MESSAGE_VERSION) return null;
  const { type, id } = data;
  if (typeof id !== 'string' || !INSTANCE_ID_PATTERN.test(id)) return null;
  if (type === 'provenance:height') {
    const { height } = data;
    if (typeof height !== 'number' || !Number.isFinite(height) || height < 0 || height > MAX_HEIGHT)
      return null;
    return heightMessage(id, height);
  }
  if (type === 'provenance:theme') {
    const { theme } = data;
    return theme === 'light' || theme === 'dark' ? { type, version: MESSAGE_VERSION, id, theme } : null;
  }
  const { item } = data;
  if (typeof item !== 'string' || item.length > 200 || !isItemId(item)) return null;
  if (type === 'provenance:selected') return selectedMessage(id, item);
  if (type === 'provenance:open') return openMessage(id, item);
  if (type === 'provenance:locate') return { type, version: MESSAGE_VERSION, id, item };
  if (type === 'provenance:position') {
    const { top } = data;
    if (typeof top !== 'number' || !Number.isFinite(top) || top < 0 || top > MAX_HEIGHT) return null;
    return positionMessage(id, item, top);
  }
  return null;
}
