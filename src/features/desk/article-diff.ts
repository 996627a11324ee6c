import type { Article } from '../../article/article-schema';

export type DiffEntry = { list: string; id: string; what: 'added' | 'removed' | 'changed' };

const LISTS = ['sources', 'attributions', 'quotes', 'notes', 'sides', 'actors', 'events'] as const;

/** What changed since the article was opened, item by item (the text itself never changes). */
export function diffArticles(before: Article, after: Article): DiffEntry[] {
  const entries: DiffEntry[] = [];
  if (JSON.stringify(before.meta) !== JSON.stringify(after.meta))
    entries.push({ list: 'meta', id: 'meta', what: 'changed' });
  for (const list of LISTS) {
    const old = new Map((before[list] as { id: string }[]).map((i) => [i.id, JSON.stringify(i)]));
    const now = new Map((after[list] as { id: string }[]).map((i) => [i.id, JSON.stringify(i)]));
    for (const [id, json] of now) {
      const was = old.get(id);
      if (was === undefined) entries.push({ list, id, what: 'added' });
      else if (was !== json) entries.push({ list, id, what: 'changed' });
    }
    for (const id of old.keys()) if (!now.has(id)) entries.push({ list, id, what: 'removed' });
  }
  return entries;
}
