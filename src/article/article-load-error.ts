import type { ArticleProblem } from './article-problem';

export type ArticleLoadErrorKind = 'bad-name' | 'not-found' | 'network' | 'invalid';

/** Why an article could not be shown: typed, so the page can say what went wrong and what to do. */
export class ArticleLoadError extends Error {
  readonly kind: ArticleLoadErrorKind;
  readonly file: string;
  readonly problems: ArticleProblem[];

  constructor(kind: ArticleLoadErrorKind, file: string, problems: ArticleProblem[]) {
    super(`${file}: ${problems.map((p) => p.message).join('; ')}`);
    this.name = 'ArticleLoadError';
    this.kind = kind;
    this.file = file;
    this.problems = problems;
  }

  /** Only a failing network is worth retrying by itself; a bad file stays bad. */
  get retryable(): boolean {
    return this.kind === 'network';
  }
}
