/** A copy without one optional field (the schema is strict: an absent field, not `undefined`). */
export function omit<T extends object, K extends keyof T>(item: T, key: K): Omit<T, K> {
  return Object.fromEntries(Object.entries(item).filter(([name]) => name !== key)) as Omit<T, K>;
}
