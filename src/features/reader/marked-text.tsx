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
function AttributionSpan({
  id,
  className,
  elementId,
  kind,
  children,
}: LitProps & { elementId?: string; kind: string }) {
  const lit = useIsLit(id);
  return (
    <span
      id={elementId}
      className={lit ? `${className} pv-lit` : className}
      data-attribution={id}
      data-kind={kind}
    >
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

/** What a hedge word is, said by the page's floating tip (shared/floating-tip.tsx). */
const HEDGE_TIP = 'A hedge word: the text signals this is not certain';

/** Marks whose end may carry chips (a source, quote or note button). */
const CHIPPED: ReadonlySet<Mark['kind']> = new Set(['attribution', 'quote', 'note-anchor']);

/**
 * The mark's children with its end controls glued to the last word before them (one
 * unbreakable piece, `.pv-glue`), so that a chip never starts a line of its own. A last nested
 * mark is glued whole; it still wraps inside (shared/marks.css). The text stays as it is, only
 * wrapped.
 */
function glueEnd(segment: Segment & { type: 'mark' }, children: ReactNode[], end: ReactNode): ReactNode[] {
  if (end === null || end === undefined || !CHIPPED.has(segment.mark.kind)) return [...children, end];
  const last = children.at(-1);
  const lastSegment = segment.children.at(-1);
  const before = children.slice(0, -1);
  if (typeof last === 'string') {
    const cut = last.search(/\S+\s*$/);
    const [head, tail] = cut > 0 ? [last.slice(0, cut), last.slice(cut)] : ['', last];
    return [
      ...before,
      head,
      <span key="glue" className="pv-glue">
        {tail}
        {end}
      </span>,
    ];
  }
  if (last !== undefined && lastSegment?.type === 'mark')
    return [
      ...before,
      <span key="glue" className="pv-glue">
        {last}
        {end}
      </span>,
    ];
  return [...children, end];
}

function markElement(segment: Segment & { type: 'mark' }, context: Context, marked: ReactNode[]): ReactNode {
  const { mark } = segment;
  const key = `${mark.kind}-${mark.id}-${segment.start}`;
  const id = beginsItem(mark) && (mark.kind === 'attribution' || mark.kind === 'quote') ? mark.id : undefined;
  const children = glueEnd(segment, marked, endsPiece(mark) ? context.decorations.markEnd?.(mark) : null);
  const custom = context.decorations.renderMark?.(mark, children);
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
          className={`pv-attr pv-certainty--${certainty}`}
          kind={category}
        >
          {children}
        </AttributionSpan>
      );
    }
    case 'quote':
      // `q` is the semantic element; CSS turns off its generated marks, the published ones stay.
      return (
        <QuoteElement key={key} id={mark.id} elementId={id} className="pv-quote">
          {children}
        </QuoteElement>
      );
    case 'insertion':
      return (
        <span key={key} className="pv-insertion" title="Added by the editor for clarity">
          {children}
        </span>
      );
    case 'hedge':
      return (
        <span key={key} className="pv-hedge" data-tip={HEDGE_TIP}>
          {children}
        </span>
      );
    case 'passage':
      return (
        <mark key={key} id={beginsItem(mark) ? mark.id : undefined} className="pv-passage">
          {children}
        </mark>
      );
    case 'note-anchor':
      return (
        <span key={key} className="pv-note-anchor" data-note={mark.id}>
          {children}
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
