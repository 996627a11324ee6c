import { formatPath } from './article-problem';

/**
 * Far above any real article (the seed's longest list has 28 items, the 50× benchmark's 1,400),
 * and low enough that a schema check of a list of empty objects stays well under a second.
 */
export const MAX_LIST_ITEMS = 10_000;

export type OversizedList = { path: string; length: number };

type Visit = { value: unknown; key: PropertyKey; parent: Visit | undefined };

function pathOf(visit: Visit): string {
  const keys: PropertyKey[] = [];
  let at = visit;
  while (at.parent) {
    keys.unshift(at.key);
    at = at.parent;
  }
  return formatPath(keys);
}

/**
 * The first list in `data` longer than MAX_LIST_ITEMS, found before the schema walks it: a file
 * of a million empty sources would otherwise take a minute and gigabytes to describe in
 * millions of problems. Iterative, so no nesting depth can overflow the stack.
 */
export function findOversizedList(data: unknown): OversizedList | undefined {
  // Each entry links to its parent (not a copied path), so a deeply nested file costs no more.
  const stack: Visit[] = [{ value: data, key: '', parent: undefined }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const visit = next;
    const { value } = visit;
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      if (value.length > MAX_LIST_ITEMS) return { path: pathOf(visit), length: value.length };
      value.forEach((item: unknown, key) => stack.push({ value: item, key, parent: visit }));
    } else
      for (const [key, item] of Object.entries(value as Record<string, unknown>))
        stack.push({ value: item, key, parent: visit });
  }
  return undefined;
}
