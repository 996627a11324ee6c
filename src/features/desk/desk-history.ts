import type { Article } from '../../article/article-schema';
import { applyChange, invertChange, type Change } from './ops/change';
import { settleDraft } from './ops/review-ops';
import type { DeskSession } from './desk-storage';

export type DeskAction =
  | { type: 'apply'; change: Change }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'replace'; session: DeskSession };

/** Undo is the last change's inverse; a new change clears what could be redone. */
export function deskReducer(session: DeskSession, action: DeskAction): DeskSession {
  const now = Date.now();
  switch (action.type) {
    case 'replace':
      return action.session;
    case 'apply': {
      if (action.change.steps.length === 0) return session;
      const change = settleDraft(session.article, action.change);
      return {
        ...session,
        article: applyChange(session.article, change),
        past: [...session.past, change],
        future: [],
        savedAt: now,
      };
    }
    case 'undo': {
      const last = session.past.at(-1);
      if (!last) return session;
      return {
        ...session,
        article: applyChange(session.article, invertChange(last)),
        past: session.past.slice(0, -1),
        future: [last, ...session.future],
        savedAt: now,
      };
    }
    case 'redo': {
      const next = session.future[0];
      if (!next) return session;
      return {
        ...session,
        article: applyChange(session.article, next),
        past: [...session.past, next],
        future: session.future.slice(1),
        savedAt: now,
      };
    }
  }
}

export function newSession(name: string | null, article: Article): DeskSession {
  return { name, original: article, article, past: [], future: [], savedAt: Date.now() };
}
