/** Returns the first cycle found in a directed graph as a list of ids (first repeated last), or null. */
export function findCycle(ids: string[], next: (id: string) => string[]): string[] | null {
  const done = new Set<string>();
  for (const start of ids) {
    const path: string[] = [];
    const onPath = new Set<string>();
    const visit = (id: string): string[] | null => {
      if (onPath.has(id)) return [...path.slice(path.indexOf(id)), id];
      if (done.has(id)) return null;
      path.push(id);
      onPath.add(id);
      for (const target of next(id)) {
        const found = visit(target);
        if (found) return found;
      }
      path.pop();
      onPath.delete(id);
      done.add(id);
      return null;
    };
    const cycle = visit(start);
    if (cycle) return cycle;
  }
  return null;
}
