import { Fragment, memo, useMemo, type ReactNode } from 'react';
import type { PreparedArticle } from '../../article/prepare-article';
import { beginsItem, endsPiece, segmentText, type Mark, type Segment } from '../../article/segment-text';
import { UNATTRIBUTED } from '../../article/source-category';
import { useIsLit } from '../../shared/reader-state';
import { useTextDecorations, type TextDecorations } from '../../shared/text-decorations';

type MarkedTextProps = {
  text: string;
  marks: Mark[] | undefined;
  prepared: PreparedArticle;
};

type Context = {
  prepared: PreparedArticle;
  /** Whether the text outside any attribution is lit (the "unattributed" highlight). */
  unattributedLit: boolean;
  decorations: TextDecorations;
};

type LitProps = { id: string; className: string; children: ReactNode };

/** An attribution in the text; it alone re-renders when the highlight lights or unlights it. */
function AttributionSpan({ id, className, elementId, children }: LitProps & { elementId?: string }) {
  const lit = useIsLit(id);
  return (
    <span id={elementId} className={lit ? `${className} pv-lit` : className} data-attribution={id}>
      {children}
    </span>
  );
}

function QuoteElement({ id, className, elementId, children }: LitProps & { elementId?: string }) {
  const lit = useIsLit(id);
  return (
    <q id={elementId} className={lit ? `${className} pv-lit` : className} data-quote={id}>
      {children}
    </q>
  );
}

function markElement(
  segment: Segment & { type: 'mark' },
  context: Context,
  children: ReactNode[],
): ReactNode {
  const { mark } = segment;
  const key = `${mark.kind}-${mark.id}-${segment.start}`;
  const id = beginsItem(mark) && (mark.kind === 'attribution' || mark.kind === 'quote') ? mark.id : undefined;
  const end = endsPiece(mark) ? context.decorations.markEnd?.(mark) : null;
  const custom = context.decorations.renderMark?.(mark, [...children, end]);
  if (custom !== null && custom !== undefined) return <Fragment key={key}>{custom}</Fragment>;
  switch (mark.kind) {
    case 'attribution': {
      const category = context.prepared.categoryOfAttribution.get(mark.id) ?? 'anonymous';
      const certainty = context.prepared.attributionsById.get(mark.id)?.certainty ?? 'stated';
      return (
        <AttributionSpan
          key={key}
          id={mark.id}
          elementId={id}
          className={`pv-attr pv-attr--${category} pv-certainty--${certainty}`}
        >
          {children}
          {end}
        </AttributionSpan>
      );
    }
    case 'quote':
      // `q` is the semantic element; CSS turns off its generated marks, the published ones stay.
      return (
        <QuoteElement key={key} id={mark.id} elementId={id} className="pv-quote">
          {children}
          {end}
        </QuoteElement>
      );
    case 'insertion':
      return (
        <span key={key} className="pv-insertion" title="Added by the editor for clarity">
          {children}
          {end}
        </span>
      );
    case 'hedge':
      return (
        <span key={key} className="pv-hedge">
          {children}
          {end}
        </span>
      );
    case 'passage':
      return (
        <mark key={key} id={beginsItem(mark) ? mark.id : undefined} className="pv-passage">
          {children}
          {end}
        </mark>
      );
    case 'note-anchor':
      return (
        <span key={key} className="pv-note-anchor" data-note={mark.id}>
          {children}
          {end}
        </span>
      );
  }
}

function renderSegment(segment: Segment, context: Context, attributed: boolean): ReactNode {
  if (segment.type === 'text') {
    if (attributed || !context.unattributedLit) return segment.text;
    return (
      <span key={`text-${segment.start}`} className="pv-lit">
        {segment.text}
      </span>
    );
  }
  const inside = attributed || segment.mark.kind === 'attribution';
  const children = segment.children.map((child) => renderSegment(child, context, inside));
  return markElement(segment, context, children);
}

/**
 * A block's exact text with its marks as nested elements; the characters never change. Memoized:
 * its block re-renders when the paragraph's permalink arrives after hydration, its text does not.
 */
export const MarkedText = memo(function MarkedText({ text, marks, prepared }: MarkedTextProps) {
  // Each mark subscribes to its own lit state; the paragraph only to the unattributed one.
  const unattributedLit = useIsLit(UNATTRIBUTED);
  const decorations = useTextDecorations();
  const segments = useMemo(() => segmentText(text, marks ?? []), [text, marks]);
  const context: Context = { prepared, unattributedLit, decorations };
  return segments.map((segment) => renderSegment(segment, context, false));
});
