import { memo, useEffect, useMemo, useRef } from 'react';
import type { Article } from '../../article/article-schema';
import { blockText, type Block } from '../../article/body-schema';
import { segmentText, type Mark, type Segment } from '../../article/segment-text';
import type { TextRange } from '../../article/text-range-schema';
import { BLOCK_ATTRIBUTE, selectedSpan, type SelectedSpan } from './selection-range';

type DeskTextProps = {
  article: Article;
  /** The passages of the item being reviewed or edited. */
  focus: TextRange[];
  /** The words the editor has chosen for a new item. */
  chosen: TextRange | null;
  onSelect: (span: SelectedSpan) => void;
};

function marksByBlock(article: Article, focus: TextRange[], chosen: TextRange | null): Map<string, Mark[]> {
  const marks = new Map<string, Mark[]>();
  const add = (kind: Mark['kind'], id: string, r: TextRange) => {
    const list = marks.get(r.blockId) ?? [];
    list.push({ kind, id, start: r.start, end: r.end });
    marks.set(r.blockId, list);
  };
  for (const a of article.attributions) {
    add('attribution', a.id, a.range);
    a.hedges.forEach((h) => add('hedge', a.id, h));
  }
  for (const q of article.quotes) {
    q.parts.forEach((p) => add('quote', q.id, p));
    q.insertions.forEach((i) => add('insertion', q.id, i));
  }
  focus.forEach((r, i) => add('passage', i === 0 ? 'pv-desk-focus' : '', r));
  if (chosen) add('note-anchor', 'pv-desk-chosen', chosen);
  return marks;
}

function Segments({ segments }: { segments: Segment[] }) {
  return segments.map((segment) =>
    segment.type === 'text' ? (
      segment.text
    ) : (
      <span
        key={`${segment.mark.kind}-${segment.start}`}
        className={`pv-desk-mark pv-desk-mark--${segment.mark.kind}`}
        id={
          segment.mark.kind === 'passage' || segment.mark.kind === 'note-anchor'
            ? segment.mark.id || undefined
            : undefined
        }
      >
        <Segments segments={segment.children} />
      </span>
    ),
  );
}

const DeskBlock = memo(function DeskBlock({ block, marks }: { block: Block; marks: Mark[] | undefined }) {
  const text = blockText(block);
  const segments = useMemo(() => segmentText(text, marks ?? []), [text, marks]);
  return (
    <p className={`pv-desk-block pv-desk-block--${block.type}`} {...{ [BLOCK_ATTRIBUTE]: block.id }}>
      <Segments segments={segments} />
    </p>
  );
});

/**
 * The article's text, read-only (it is the record), with its quotations, attributed passages,
 * insertions and hedges marked; selecting words here is how every new item gets its range.
 */
export function DeskText({ article, focus, chosen, onSelect }: DeskTextProps) {
  const root = useRef<HTMLDivElement>(null);
  const marks = useMemo(() => marksByBlock(article, focus, chosen), [article, focus, chosen]);

  useEffect(() => {
    const onChange = () => {
      const element = root.current;
      if (!element) return;
      const span = selectedSpan(document.getSelection(), element);
      if (span) onSelect(span);
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [onSelect]);

  useEffect(() => {
    document.getElementById('pv-desk-focus')?.scrollIntoView({
      block: 'center',
      behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
    });
  }, [focus]);

  return (
    <div ref={root} className="pv-desk-text" lang={article.meta.language}>
      {article.body.map((block) => (
        <DeskBlock key={block.id} block={block} marks={marks.get(block.id)} />
      ))}
    </div>
  );
}
