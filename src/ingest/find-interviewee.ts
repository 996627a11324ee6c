import { NAME } from './source-phrases';

/** A Q&A's question ("Q: …", "Question: …") or answer ("A: …"), with the length of its label. */
export type QaTurn = { role: 'question' | 'answer'; label: number };

const TURN = /^\s*(?:(Q|Question)|(A|Answer))\s*[:.]\s+/;

export function qaTurn(text: string): QaTurn | undefined {
  const match = TURN.exec(text);
  if (!match) return undefined;
  return { role: match[1] ? 'question' : 'answer', label: match[0].length };
}

// "We spoke with Ruiz", "in an interview with Lee", "Kim answered questions"
const INTERVIEW = new RegExp(
  String.raw`(?:(?:spoke|talked|speaks|talks|sat down)\s+(?:with|to)\s+(?<a>${NAME})|interview(?:ed)?\s+(?:with\s+)?(?<b>${NAME})|(?<c>${NAME})\s+(?:answered|answers|took)\s+(?:our\s+|readers’\s+|reporters’\s+)?questions)`,
  'u',
);

// "She talked to us about the closure": the interview is named, the interviewee is not.
const INTERVIEWED = /\b(?:spoke|talked|speaks|talks|sat down|interview(?:ed)?|answered|questions)\b/;

/**
 * Whom the text before a Q&A says was interviewed, as written; when it names the interview
 * but calls the interviewee "she" or "he", the person the introduction last names.
 */
export function findInterviewee(
  intro: string,
  lastNamed: (text: string) => string | undefined,
): string | undefined {
  const groups = INTERVIEW.exec(intro)?.groups;
  const named = groups?.a ?? groups?.b ?? groups?.c;
  if (named) return named;
  return INTERVIEWED.test(intro) ? lastNamed(intro) : undefined;
}
