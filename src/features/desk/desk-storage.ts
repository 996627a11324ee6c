import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { Article } from '../../article/article-schema';
import type { Change } from './ops/change';

/** What the desk keeps between visits: the article as opened, as edited, and the history. */
export type DeskSession = {
  /** The server article's name, or null for a draft from text or a picked file. */
  name: string | null;
  /** What the editor started from: the diff and "Discard" compare with it. */
  original: Article;
  article: Article;
  past: Change[];
  future: Change[];
  savedAt: number;
};

let store: UseStore | undefined;
// Created on first use: opening IndexedDB at import time would touch storage on every page.
function deskStore(): UseStore {
  store ??= createStore('provenance-desk', 'sessions');
  return store;
}

/** One session per server article, one for whatever was made from text or a file. */
export function sessionKey(name: string | null): string {
  return name ? `article:${name}` : 'new';
}

export function loadSession(name: string | null): Promise<DeskSession | undefined> {
  return get<DeskSession>(sessionKey(name), deskStore());
}

export function saveSession(session: DeskSession): Promise<void> {
  return set(sessionKey(session.name), session, deskStore());
}

export function clearSession(name: string | null): Promise<void> {
  return del(sessionKey(name), deskStore());
}
