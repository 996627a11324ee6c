import type { Article } from '../../../article/article-schema';
import type { Meta } from '../../../article/meta-schema';

/** The article's lists of items with ids that the desk edits (the body is the record: read-only). */
export type ListName =
  'sources' | 'attributions' | 'quotes' | 'notes' | 'sides' | 'actors' | 'events' | 'phases';
export type ItemOf<L extends ListName> = NonNullable<Article[L]>[number];
type AnyItem = ItemOf<ListName>;

/**
 * One item added, removed or replaced. `index` is where it sits (before removal, after insertion),
 * so that undoing a removal puts the item back where it was.
 */
export type ItemStep = { list: ListName; index: number; before?: AnyItem; after?: AnyItem };
export type MetaStep = { list: 'meta'; before: Meta; after: Meta };
export type Step = ItemStep | MetaStep;

/**
 * An edit as data: what it did to each item, before and after. Every change is invertible by
 * swapping before and after, so undo needs no per-operation code, and a change can be stored.
 */
export type Change = { label: string; steps: Step[] };

function applyStep(article: Article, step: Step): Article {
  if (step.list === 'meta') return { ...article, meta: step.after };
  const list = [...((article[step.list] ?? []) as AnyItem[])];
  const { before, after } = step;
  if (before) {
    const at = list.findIndex((item) => item.id === before.id);
    if (at < 0) throw new Error(`the desk cannot find ${step.list} "${before.id}"`);
    if (after) list[at] = after;
    else list.splice(at, 1);
  } else if (after) {
    list.splice(Math.min(step.index, list.length), 0, after);
  }
  return { ...article, [step.list]: list };
}

export function applyChange(article: Article, change: Change): Article {
  return change.steps.reduce(applyStep, article);
}

export function invertChange(change: Change): Change {
  const steps = [...change.steps].reverse().map((step): Step => {
    if (step.list === 'meta') return { list: 'meta', before: step.after, after: step.before };
    const inverse: ItemStep = { list: step.list, index: step.index };
    if (step.after) inverse.before = step.after;
    if (step.before) inverse.after = step.before;
    return inverse;
  });
  return { label: change.label, steps };
}

/**
 * Builds a change step by step against a working copy, so that later steps see earlier ones
 * (a merge rewrites references, then removes the duplicate).
 */
export class ChangeBuilder {
  private readonly steps: Step[] = [];
  constructor(private current: Article) {}

  get article(): Article {
    return this.current;
  }

  private push(step: Step): void {
    this.steps.push(step);
    this.current = applyStep(this.current, step);
  }

  add<L extends ListName>(list: L, item: ItemOf<L>, index = (this.current[list] ?? []).length): void {
    this.push({ list, index, after: item });
  }

  replace<L extends ListName>(list: L, item: ItemOf<L>): void {
    const items = (this.current[list] ?? []) as AnyItem[];
    const index = items.findIndex((i) => i.id === item.id);
    const before = items[index];
    if (!before) throw new Error(`the desk cannot find ${list} "${item.id}"`);
    if (JSON.stringify(before) !== JSON.stringify(item)) this.push({ list, index, before, after: item });
  }

  remove(list: ListName, id: string): void {
    const items = (this.current[list] ?? []) as AnyItem[];
    const index = items.findIndex((i) => i.id === id);
    const before = items[index];
    if (before) this.push({ list, index, before });
  }

  meta(after: Meta): void {
    if (JSON.stringify(after) !== JSON.stringify(this.current.meta))
      this.push({ list: 'meta', before: this.current.meta, after });
  }

  done(label: string): Change {
    return { label, steps: [...this.steps] };
  }
}
