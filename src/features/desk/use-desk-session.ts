import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { Article } from '../../article/article-schema';
import { deskReducer, newSession, type DeskAction } from './desk-history';
import { clearSession, loadSession, saveSession, type DeskSession } from './desk-storage';
import { openServerArticle } from './open-article';

export type SaveState = 'saved' | 'saving' | 'failed';
export type DeskStatus =
  | { state: 'loading' }
  | { state: 'start' }
  | { state: 'failed'; message: string }
  | { state: 'editing'; restored: boolean };

const EMPTY = newSession(null, {} as Article);

/**
 * The desk's one document: restored from IndexedDB when an earlier visit left work there,
 * else opened from the server (or a start screen for a new article). Every change is saved
 * at once, so a reload or a crash loses nothing.
 */
export function useDeskSession(name: string | null) {
  const [session, dispatch] = useReducer(deskReducer, EMPTY);
  const [status, setStatus] = useState<DeskStatus>({ state: 'loading' });
  const [save, setSave] = useState<SaveState>('saved');
  const loaded = useRef(false);

  useEffect(() => {
    const run = { live: true };
    void (async () => {
      const stored = await loadSession(name).catch(() => undefined);
      if (!run.live) return;
      if (stored) {
        loaded.current = true;
        dispatch({ type: 'replace', session: stored });
        setStatus({ state: 'editing', restored: stored.past.length > 0 });
        return;
      }
      if (name === null) {
        setStatus({ state: 'start' });
        return;
      }
      const opened = await openServerArticle(name);
      // The effect may have been cleaned up while the file loaded (StrictMode, a new name).
      if (!(run.live as boolean)) return;
      if (!opened.ok) {
        setStatus({ state: 'failed', message: opened.message });
        return;
      }
      loaded.current = true;
      dispatch({ type: 'replace', session: newSession(name, opened.article) });
      setStatus({ state: 'editing', restored: false });
    })();
    return () => {
      run.live = false;
    };
  }, [name]);

  // Saved after every change: IndexedDB writes are cheap next to an editor's minutes of work.
  useEffect(() => {
    if (!loaded.current) return;
    let live = true;
    setSave('saving');
    saveSession(session).then(
      () => live && setSave('saved'),
      () => live && setSave('failed'),
    );
    return () => {
      live = false;
    };
  }, [session]);

  const act = useCallback((action: DeskAction) => dispatch(action), []);

  const start = useCallback(
    (article: Article) => {
      loaded.current = true;
      dispatch({ type: 'replace', session: newSession(name, article) });
      setStatus({ state: 'editing', restored: false });
    },
    [name],
  );

  /** Throws away the local work: back to the server's file (or the start screen). */
  const discard = useCallback(async () => {
    loaded.current = false;
    await clearSession(name);
    setStatus({ state: 'loading' });
    if (name === null) {
      setStatus({ state: 'start' });
      return;
    }
    const opened = await openServerArticle(name);
    if (!opened.ok) {
      setStatus({ state: 'failed', message: opened.message });
      return;
    }
    start(opened.article);
  }, [name, start]);

  return { session, status, save, act, start, discard };
}

export type DeskSessionApi = ReturnType<typeof useDeskSession>;
export type { DeskSession };
