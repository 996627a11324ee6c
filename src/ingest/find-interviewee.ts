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

/** Whom the text before a Q&A says was interviewed, as written. */
export function findInterviewee(intro: string): string | undefined {
  const groups = INTERVIEW.exec(intro)?.groups;
  return groups?.a ?? groups?.b ?? groups?.c;
}
