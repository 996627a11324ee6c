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

type Context = { prepared: PreparedArticle; decorations: TextDecorations };

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
  if (end === null || end === undefined) return children;
  if (!CHIPPED.has(segment.mark.kind)) return [...children, end];
  // Unique among its parent's children, where a mark drawn as its children alone puts it.
  const key = `glue-${segment.mark.kind}-${segment.mark.id}-${segment.start}`;
  const last = children.at(-1);
  const lastSegment = segment.children.at(-1);
  const before = children.slice(0, -1);
  if (typeof last === 'string') {
    const cut = last.search(/\S+\s*$/);
    const [head, tail] = cut > 0 ? [last.slice(0, cut), last.slice(cut)] : ['', last];
    return [
      ...before,
      head,
      <span key={key} className="pv-glue">
        {tail}
        {end}
      </span>,
    ];
  }
  if (last !== undefined && lastSegment?.type === 'mark')
    return [
      ...before,
      <span key={key} className="pv-glue">
        {last}
        {end}
      </span>,
    ];
  return [...children, end];
}

/** Adjacent text is one string (one text node, as the server writes it, no `<!-- -->` between). */
function pushText(out: ReactNode[], node: ReactNode) {
  const last = out.length - 1;
  if (typeof node === 'string' && typeof out[last] === 'string') out[last] += node;
  else out.push(node);
}

/** How a walk over a block's segments draws each mark, what ends it, and the text outside. */
export type MarkDrawing = {
  /** The mark's element around its children (its end controls already glued to them), or the children alone. */
  draw: (segment: Segment & { type: 'mark' }, children: ReactNode[], key: string) => ReactNode;
  /** What follows the mark's last piece: its chips. */
  end: (mark: Mark) => ReactNode;
  /** Text outside any attribution, when the "unattributed" highlight wants it wrapped. */
  outside?: (text: string, start: number) => ReactNode;
};

/** The elements of a block's segments; the characters never change, only their wrapping. */
export function drawSegments(segments: readonly Segment[], drawing: MarkDrawing): ReactNode[] {
  const walk = (segments: readonly Segment[], attributed: boolean): ReactNode[] => {
    const out: ReactNode[] = [];
    for (const segment of segments) {
      if (segment.type === 'text') {
        if (attributed || !drawing.outside) pushText(out, segment.text);
        else out.push(drawing.outside(segment.text, segment.start));
        continue;
      }
      const { mark } = segment;
      const children = walk(segment.children, attributed || mark.kind === 'attribution');
      const glued = glueEnd(segment, children, endsPiece(mark) ? drawing.end(mark) : null);
      const drawn = drawing.draw(segment, glued, `${mark.kind}-${mark.id}-${segment.start}`);
      // A mark drawn as its children alone (still-text.tsx) adds no element.
      if (Array.isArray(drawn)) for (const node of drawn as ReactNode[]) pushText(out, node);
      else out.push(drawn);
    }
    return out;
  };
  return walk(segments, false);
}

function markElement(
  segment: Segment & { type: 'mark' },
  children: ReactNode[],
  key: string,
  context: Context,
): ReactNode {
  const { mark } = segment;
  const id = beginsItem(mark) && (mark.kind === 'attribution' || mark.kind === 'quote') ? mark.id : undefined;
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

/**
 * A block's exact text with its marks as nested elements; the characters never change. Memoized:
 * its block re-renders when the paragraph's permalink arrives after hydration, its text does not.
 */
export const MarkedText = memo(function MarkedText({ text, marks, prepared }: MarkedTextProps) {
  // Each mark subscribes to its own lit state; the paragraph only to the unattributed one.
  const unattributedLit = useIsLit(UNATTRIBUTED);
  const decorations = useTextDecorations();
  const segments = useMemo(() => segmentText(text, marks ?? []), [text, marks]);
  const context: Context = { prepared, decorations };
  return drawSegments(segments, {
    draw: (segment, children, key) => markElement(segment, children, key, context),
    end: (mark) => decorations.markEnd?.(mark),
    outside: unattributedLit
      ? (text, start) => (
          <span key={`text-${start}`} className="pv-lit">
            {text}
          </span>
        )
      : undefined,
  });
});
