import type { Article } from '../../../article/article-schema';
import { slugWords } from '../../../ingest/make-id';

const LISTS = ['body', 'sources', 'attributions', 'quotes', 'notes', 'sides', 'actors', 'events'] as const;

/** Every id in the article: they share one namespace because a deep link names an item alone. */
export function usedIds(article: Article): Set<string> {
  return new Set(LISTS.flatMap((list) => (article[list] as { id: string }[]).map((item) => item.id)));
}

/** A new id made from meaning (`q-bewildered`), unique in the article, as the ingest makes them. */
export function freshId(article: Article, prefix: string, text: string, taken = usedIds(article)): string {
  const words = slugWords(text, 4).replace(/^[0-9-]+/, '');
  const base = `${prefix}-${words || 'item'}`.slice(0, 72).replace(/-+$/, '');
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}
