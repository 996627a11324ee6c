/** One thing wrong with an article file, said so an editor can find and fix it. */
export type ArticleProblem = {
  /** Where in the file, e.g. `quotes[3].parts[0].end`; empty for the file as a whole. */
  path: string;
  message: string;
};

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

export function describeProblem(problem: ArticleProblem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}
