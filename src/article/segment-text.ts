/** A mark over part of a block's text: an attributed passage, a quote, an insertion, … */
export type Mark = {
  kind: 'attribution' | 'quote' | 'insertion' | 'hedge' | 'note-anchor' | 'passage';
  /** The id of the item that made the mark (an attribution, quote or note). */
  id: string;
  start: number;
  end: number;
  /** For a quote, which of its parts this is (0 for the first). */
  part?: number;
  /** Set on the later piece of a mark that was cut where it crossed another. */
  isContinuation?: boolean;
  /** Set on a piece of a mark that goes on after it. */
  continues?: boolean;
};

/** Whether this piece begins its item (where its DOM id goes) and whether it ends it. */
export function beginsItem(mark: Mark): boolean {
  return !mark.isContinuation && (mark.part ?? 0) === 0;
}

export function endsPiece(mark: Mark): boolean {
  return !mark.continues;
}

export type Segment =
  | { type: 'text'; text: string; start: number }
  | { type: 'mark'; mark: Mark; children: Segment[]; start: number; end: number };

// Outer kinds first when two marks cover the same characters.
const nesting: Record<Mark['kind'], number> = {
  passage: -1,
  attribution: 0,
  quote: 1,
  'note-anchor': 2,
  hedge: 3,
  insertion: 4,
};

function byPosition(a: Mark, b: Mark): number {
  return a.start - b.start || b.end - a.end || nesting[a.kind] - nesting[b.kind];
}

type Open = { children: Segment[]; end: number; cursor: number };

/**
 * Turns a block's text and its marks into a tree of segments. Marks nest when one contains
 * another; a mark that crosses another's edge is cut in two there, so the concatenated text of
 * the tree is always exactly the block's text.
 */
export function segmentText(text: string, marks: readonly Mark[]): Segment[] {
  const queue = marks.filter((m) => m.start < m.end && m.end <= text.length).sort(byPosition);
  const root: Open = { children: [], end: text.length, cursor: 0 };
  const stack: Open[] = [root];
  const top = () => stack[stack.length - 1] ?? root;

  const flush = (open: Open, until: number) => {
    if (until > open.cursor)
      open.children.push({ type: 'text', text: text.slice(open.cursor, until), start: open.cursor });
    open.cursor = Math.max(open.cursor, until);
  };
  const close = () => {
    const open = top();
    flush(open, open.end);
    stack.pop();
    top().cursor = open.end;
  };

  for (let mark = queue.shift(); mark; mark = queue.shift()) {
    while (stack.length > 1 && top().end <= mark.start) close();
    const parent = top();
    if (mark.end > parent.end) {
      const rest = { ...mark, start: parent.end, isContinuation: true };
      const at = queue.findIndex((m) => byPosition(rest, m) < 0);
      queue.splice(at === -1 ? queue.length : at, 0, rest);
      mark = { ...mark, end: parent.end, continues: true };
    }
    flush(parent, mark.start);
    const node: Segment = { type: 'mark', mark, children: [], start: mark.start, end: mark.end };
    parent.children.push(node);
    stack.push({ children: node.children, end: mark.end, cursor: mark.start });
  }
  while (stack.length > 1) close();
  flush(root, text.length);
  return root.children;
}
