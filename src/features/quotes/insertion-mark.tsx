import type { ReactNode } from 'react';
import type { Mark } from '../../article/segment-text';

type InsertionMarkProps = { mark: Mark; children: ReactNode };

export const INSERTION_EXPLANATION = 'Added by the editor for clarity';

/** The id of the hidden explanation that describes a quote's insertions (placed after its block). */
export function insertionNoteId(quoteId: string): string {
  return `${quoteId}-insertion-note`;
}

/**
 * The editor's bracketed words inside a quotation. It takes focus so that keyboard readers get
 * the explanation as pointer readers do; the explanation is its accessible description, and the
 * page's floating tip (shared/floating-tip.tsx, `data-tip`) shows it over the text on hover,
 * focus and tap, and hides it on Escape, so the paragraph's text stays exactly as published.
 */
export function InsertionMark({ mark, children }: InsertionMarkProps) {
  return (
    // Not a control, but it must take focus to show its explanation (WCAG 1.4.13, 2.1.1); a
    // button or link role would promise an action that does not exist.
    <span
      className="pv-insertion"
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      aria-describedby={insertionNoteId(mark.id)}
      data-tip={INSERTION_EXPLANATION}
    >
      {children}
    </span>
  );
}

/** The explanation itself, once per quote with insertions; hidden, read as a description. */
export function InsertionNote({ quoteId }: { quoteId: string }) {
  return (
    <span id={insertionNoteId(quoteId)} hidden>
      {INSERTION_EXPLANATION}
    </span>
  );
}
