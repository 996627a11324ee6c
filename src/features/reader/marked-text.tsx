import type { ReactNode } from 'react';
import type { PreparedArticle } from '../../article/prepare-article';
import { segmentText, type Mark, type Segment } from '../../article/segment-text';

type MarkedTextProps = {
  text: string;
  marks: Mark[] | undefined;
  prepared: PreparedArticle;
};

function renderSegment(segment: Segment, prepared: PreparedArticle): ReactNode {
  if (segment.type === 'text') return segment.text;
  const { mark } = segment;
  const key = `${mark.kind}-${mark.id}-${segment.start}`;
  const children = segment.children.map((child) => renderSegment(child, prepared));
  switch (mark.kind) {
    case 'attribution': {
      const category = prepared.categoryOfAttribution.get(mark.id) ?? 'anonymous';
      return (
        <span key={key} className={`pv-attr pv-attr--${category}`} data-attribution={mark.id}>
          {children}
        </span>
      );
    }
    case 'quote':
      // `q` is the semantic element; CSS turns off its generated marks, the published ones stay.
      return (
        <q key={key} className="pv-quote" data-quote={mark.id}>
          {children}
        </q>
      );
    case 'insertion':
      return (
        <span key={key} className="pv-insertion" title="Added by the editor for clarity">
          {children}
        </span>
      );
    case 'hedge':
      return (
        <span key={key} className="pv-hedge">
          {children}
        </span>
      );
    case 'note-anchor':
      return (
        <span key={key} className="pv-note-anchor" data-note={mark.id}>
          {children}
        </span>
      );
  }
}

/** A block's exact text with its marks as nested elements; the characters never change. */
export function MarkedText({ text, marks, prepared }: MarkedTextProps) {
  if (!marks || marks.length === 0) return text;
  return segmentText(text, marks).map((segment) => renderSegment(segment, prepared));
}
