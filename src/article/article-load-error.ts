import type { ArticleProblem } from './article-problem';

export type ArticleLoadErrorKind = 'bad-name' | 'not-found' | 'network' | 'invalid';

/** Why an article could not be shown: typed, so the page can say what went wrong and what to do. */
export class ArticleLoadError extends Error {
  readonly kind: ArticleLoadErrorKind;
  readonly file: string;
  readonly problems: ArticleProblem[];

  /** Worth retrying by itself: a failing network may recover, a bad file stays bad. */
  readonly retryable: boolean;

  /** Problems found beyond those listed (the parser lists the first few hundred). */
  readonly more: number;

  constructor(
    kind: ArticleLoadErrorKind,
    file: string,
    problems: ArticleProblem[],
    options: { retryable?: boolean; more?: number } = {},
  ) {
    super(`${file}: ${problems.map((p) => p.message).join('; ')}`);
    this.name = 'ArticleLoadError';
    this.kind = kind;
    this.file = file;
    this.problems = problems;
    this.retryable = options.retryable ?? kind === 'network';
    this.more = options.more ?? 0;
  }
}
