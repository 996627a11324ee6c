import type { Cue } from './cue';
import type { QuoteSpan } from './find-quotes';

/** One speaker's quotation: one part, or several split around a cue (“…,” said X. “…”). */
export type Utterance = { spans: QuoteSpan[]; bridge?: Cue };

/**
 * Joins quotations that a cue alone separates into one utterance; “…” and that “…” stay two,
 * because "and that" starts a second reported statement.
 */
export function joinUtterances(text: string, quotes: QuoteSpan[], cues: Cue[]): Utterance[] {
  const utterances: Utterance[] = [];
  for (const span of quotes) {
    const last = utterances.at(-1);
    const previous = last?.spans.at(-1);
    if (last && previous && previous.close !== null && !last.bridge) {
      const from = previous.close + 1;
      const cue = cues.find((c) => c.start >= from && c.end <= span.open);
      // The cue may carry an appositive: “…,” said Jane Doe, the mayor. “…”
      const after = cue ? text.slice(cue.end, span.open) : '';
      const bare = text.slice(from, cue?.start ?? from);
      if (cue && /^[\s,]*$/.test(bare) && /^(?:,\s[^“”"]{1,100})?[\s,.;:]*$/.test(after)) {
        last.spans.push(span);
        last.bridge = cue;
        continue;
      }
    }
    utterances.push({ spans: [span] });
  }
  return utterances;
}
