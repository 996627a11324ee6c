import { lastParagraph } from './baseline-page';
import { BASELINE_DIR, type BenchArticle } from './prepare-files';
import type { Target } from './sample';
import { copySuffix } from '../../tools/scale-article';

/** Items that deep links open: a quote and an attribution (in the last copy at scale). */
export const DEEP_LINK_ITEMS = { quote: 'q-bewildered', attribution: 'a-bewildered' } as const;
export type DeepLinkKind = keyof typeof DEEP_LINK_ITEMS;

export type TargetSet = { baseline: Target; app: Target } & Record<`deep-${DeepLinkKind}`, Target>;

/**
 * The pages measured for one article, against the server's base URL: at index.html
 * (`#/read/NAME`), or at the article's own page (`NAME.html`, deep links `NAME.html#ID`).
 */
export function targetsFor(bench: BenchArticle, baseUrl: string, copies: number, page?: string): TargetSet {
  const last = lastParagraph(bench.article);
  // The paragraph's closing words, found inside the element that has its id.
  const probe = { lastId: last.id, needle: last.text.trim().slice(-24), focusTarget: null };
  const appUrl = page ? `${baseUrl}${page}` : `${baseUrl}#/read/${bench.name}`;
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
    baseline: {
      name: 'baseline',
      url: `${baseUrl}${BASELINE_DIR}/${bench.name}.html`,
      probe,
      waitFor: 'text',
      interactions: false,
    },
    app: { name: 'app', url: appUrl, probe, waitFor: 'text', interactions: true },
    'deep-quote': deepLink('quote'),
    'deep-attribution': deepLink('attribution'),
  };
}
