import { lastParagraph } from './baseline-page';
import { BASELINE_DIR, LIST_BASELINE, MINIMAL_SUFFIX, type BenchArticle } from './prepare-files';
import type { Target } from './sample';
import { copySuffix } from '../../tools/scale-article';
import type { ArticleIndexEntry } from '../../src/article/article-index-schema';
import { filterArticles } from '../../src/features/library/filter-articles';

/** Items that deep links open: a quote and an attribution (in the last copy at scale). */
export const DEEP_LINK_ITEMS = { quote: 'q-bewildered', attribution: 'a-bewildered' } as const;
export type DeepLinkKind = keyof typeof DEEP_LINK_ITEMS;
export type DeepLinkKey = `deep-${DeepLinkKind}`;

/** The pages of one measure: the static baseline and the app, and for an article more. */
export type TargetSet = { baseline: Target; app: Target } & Partial<Record<'minimal' | DeepLinkKey, Target>>;

/**
 * The pages measured for one article, against the server's base URL: at index.html
 * (`#/read/NAME`), or at the article's own page (`NAME.html`, deep links `NAME.html#ID`). Beside
 * the baseline (the text with the reader's CSS), a minimal page: the text with 0.3 KB of CSS.
 */
export function targetsFor(bench: BenchArticle, baseUrl: string, copies: number, page?: string): TargetSet {
  const last = lastParagraph(bench.article);
  // The paragraph's closing words, found inside the element that has its id.
  const probe = { textSelector: `#${last.id}`, needle: last.text.trim().slice(-24), focusTarget: null };
  const appUrl = page ? `${baseUrl}${page}` : `${baseUrl}#/read/${bench.name}`;
  const staticPage = (name: string, url: string): Target => ({
    name,
    url,
    probe,
    waitFor: 'text',
    interactions: false,
  });
  const deepLink = (kind: DeepLinkKind): Target => {
    const id = `${DEEP_LINK_ITEMS[kind]}${copySuffix(copies - 1)}`;
    return {
      name: `deep link ${id}`,
      url: page ? `${appUrl}#${id}` : `${appUrl}/${id}`,
      probe: { ...probe, focusTarget: id },
      waitFor: 'focus',
      interactions: false,
    };
  };
  return {
    baseline: staticPage('baseline', `${baseUrl}${BASELINE_DIR}/${bench.name}.html`),
    minimal: staticPage('minimal page', `${baseUrl}${BASELINE_DIR}/${bench.name}${MINIMAL_SUFFIX}.html`),
    app: { name: 'app', url: appUrl, probe, waitFor: 'text', interactions: true },
    'deep-quote': deepLink('quote'),
    'deep-attribution': deepLink('attribution'),
  };
}

/** The article list (`#/articles`) against a static page of the same entries. */
export function listTargets(entries: ArticleIndexEntry[], baseUrl: string): TargetSet {
  // The list's last entry, in the order the app shows it, ends the wait.
  const shown = filterArticles(entries, { query: '', publisher: '', year: '' });
  const last = shown.at(-1);
  if (!last) throw new Error('the article index lists no article');
  const probe = {
    textSelector: '.pv-library-list > li:last-child .pv-library-headline',
    needle: last.headline.trim().slice(-24),
    focusTarget: null,
  };
  return {
    baseline: {
      name: 'list baseline',
      url: `${baseUrl}${BASELINE_DIR}/${LIST_BASELINE}`,
      probe,
      waitFor: 'text',
      interactions: false,
    },
    app: { name: 'list', url: `${baseUrl}#/articles`, probe, waitFor: 'text', interactions: false },
  };
}
