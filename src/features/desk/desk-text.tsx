import {
  memo,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import type { Article } from '../../article/article-schema';
import { blockText, type Block } from '../../article/body-schema';
import { segmentText, type Mark, type Segment } from '../../article/segment-text';
import type { TextRange } from '../../article/text-range-schema';
import { BLOCK_ATTRIBUTE, pointIn, selectedSpan, type SelectedSpan } from './selection-range';
import { moveCaret, type Caret } from './text-caret';

type DeskTextProps = {
  article: Article;
  /** The passages of the item being reviewed or edited. */
  focus: TextRange[];
  /** The words the editor has chosen for a new item. */
  chosen: TextRange | null;
  onSelect: (span: SelectedSpan) => void;
  /** Enter on a selection: the keyboard's way to the form for the chosen words. */
  onConfirm: () => void;
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

type CaretBox = { left: number; top: number; height: number };

/** Where the caret is drawn: the rectangle of a collapsed range at its offset, in root's frame. */
function caretBox(root: HTMLElement, blockId: string, offset: number): CaretBox | null {
  const block = root.querySelector(`[${BLOCK_ATTRIBUTE}="${CSS.escape(blockId)}"]`);
  const point = block && pointIn(block, offset);
  if (!point) return null;
  const range = document.createRange();
  range.setStart(point.node, point.offset);
  const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
  const frame = root.getBoundingClientRect();
  return { left: rect.left - frame.left, top: rect.top - frame.top, height: rect.height || 20 };
}

/**
 * The article's text, read-only (it is the record), with its quotations, attributed passages,
 * insertions and hedges marked; selecting words here is how every new item gets its range. With
 * the keyboard: focus the text, move the caret with the arrows, and hold Shift to select.
 */
export function DeskText({ article, focus, chosen, onSelect, onConfirm }: DeskTextProps) {
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const marks = useMemo(() => marksByBlock(article, focus, chosen), [article, focus, chosen]);
  const texts = useMemo(() => article.body.map(blockText), [article.body]);
  const [caret, setCaret] = useState<Caret>({ block: 0, anchor: 0, focus: 0 });
  const [focused, setFocused] = useState(false);
  const [box, setBox] = useState<CaretBox | null>(null);
  const [said, setSaid] = useState('');

  useEffect(() => {
    const onChange = () => {
      const element = root.current;
      if (!element) return;
      const selection = document.getSelection();
      const span = selectedSpan(selection, element);
      if (!span) return;
      onSelect(span);
      // A mouse selection moves the caret too, so the keyboard can go on from it.
      if (!('error' in span)) {
        const block = article.body.findIndex((b) => b.id === span.blockId);
        if (block >= 0) setCaret({ block, anchor: span.start, focus: span.end });
      }
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [onSelect, article.body]);

  useEffect(() => {
    document.getElementById('pv-desk-focus')?.scrollIntoView({
      block: 'center',
      behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
    });
  }, [focus]);

  const blockId = article.body[caret.block]?.id;
  useLayoutEffect(() => {
    const element = root.current;
    setBox(focused && element && blockId ? caretBox(element, blockId, caret.focus) : null);
  }, [focused, blockId, caret.focus, marks]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    if (event.key === 'Enter' && caret.anchor !== caret.focus) {
      event.preventDefault();
      onConfirm();
      return;
    }
    const next = moveCaret(caret, texts, {
      key: event.key,
      shift: event.shiftKey,
      word: event.ctrlKey || event.altKey,
    });
    if (!next) return;
    event.preventDefault();
    // The mouse's selection, if any, gives way to the keyboard's (shown as the chosen words).
    document.getSelection()?.removeAllRanges();
    setCaret(next);
    const block = article.body[next.block];
    if (!block) return;
    if (next.block !== caret.block) {
      root.current?.querySelector(`[${BLOCK_ATTRIBUTE}="${CSS.escape(block.id)}"]`)?.scrollIntoView({
        block: 'nearest',
      });
      setSaid(`Paragraph ${next.block + 1} of ${texts.length}: ${texts[next.block]?.slice(0, 80) ?? ''}`);
    }
    if (next.anchor === next.focus && next.block === caret.block) {
      // The characters or word the caret passed over, as a screen reader reads them in a text.
      const from = Math.min(caret.focus, next.focus);
      setSaid(texts[next.block]?.slice(from, Math.max(caret.focus, next.focus)).trim() ?? '');
    }
    if (next.anchor !== next.focus) {
      const start = Math.min(next.anchor, next.focus);
      const end = Math.max(next.anchor, next.focus);
      onSelect({ blockId: block.id, start, end });
      setSaid(`Selected: ${texts[next.block]?.slice(start, end) ?? ''}`);
    }
  };

  return (
    <>
      <p id={`${id}-keys`} className="pv-desk-hint">
        Or by keyboard: focus the text, move with the arrow keys (Ctrl or Alt: by word, Up and Down: by
        paragraph), hold Shift to select, then press Enter.
      </p>
      <div
        ref={root}
        className="pv-desk-text"
        lang={article.meta.language}
        // A read-only text the caret moves in: the textbox role, as for a read-only textarea.
        role="textbox"
        aria-readonly="true"
        aria-multiline="true"
        aria-label="Article text"
        aria-describedby={`${id}-keys`}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onFocus={(e) => e.target === e.currentTarget && setFocused(true)}
        onBlur={() => setFocused(false)}
      >
        {article.body.map((block) => (
          <DeskBlock key={block.id} block={block} marks={marks.get(block.id)} />
        ))}
        {box && (
          <span
            className="pv-desk-caret"
            aria-hidden="true"
            style={{ left: box.left, top: box.top, height: box.height }}
          />
        )}
      </div>
      <p className="pv-visually-hidden" role="status">
        {said}
      </p>
    </>
  );
}
