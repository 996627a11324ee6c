import { Fragment, type ReactNode } from 'react';
import type { PreparedArticle } from '../../article/prepare-article';
import { beginsItem, endsPiece, segmentText, type Mark, type Segment } from '../../article/segment-text';
import { UNATTRIBUTED } from '../../article/source-category';
import { useHighlight, type Highlight } from '../../shared/reader-state';
import { useTextDecorations, type TextDecorations } from '../../shared/text-decorations';

type MarkedTextProps = {
  text: string;
  marks: Mark[] | undefined;
  prepared: PreparedArticle;
};

type Context = {
  prepared: PreparedArticle;
  highlight: Highlight | null;
  decorations: TextDecorations;
};

function lit(context: Context, id: string): string {
  return context.highlight?.ids.has(id) ? ' pv-lit' : '';
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
        <span
          key={key}
          id={id}
          className={`pv-attr pv-attr--${category} pv-certainty--${certainty}${lit(context, mark.id)}`}
          data-attribution={mark.id}
        >
          {children}
          {end}
        </span>
      );
    }
    case 'quote':
      // `q` is the semantic element; CSS turns off its generated marks, the published ones stay.
      return (
        <q key={key} id={id} className={`pv-quote${lit(context, mark.id)}`} data-quote={mark.id}>
          {children}
          {end}
        </q>
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
    if (attributed || !context.highlight?.ids.has(UNATTRIBUTED)) return segment.text;
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

/** A block's exact text with its marks as nested elements; the characters never change. */
export function MarkedText({ text, marks, prepared }: MarkedTextProps) {
  const { highlight } = useHighlight();
  const decorations = useTextDecorations();
  const context: Context = { prepared, highlight, decorations };
  return segmentText(text, marks ?? []).map((segment) => renderSegment(segment, context, false));
}
