import { SCALE_NAME, type BenchArticle } from './prepare-files';
import type { MeasureKind } from './summary';
import { listTargets, targetsFor, type TargetSet } from './targets';
import type { ArticleIndexEntry } from '../../src/article/article-index-schema';

export type Measure = { label: string; kind: MeasureKind; targets: TargetSet };

/**
 * The bench's measures against one served build: the bundled article at index.html
 * (`#/read/NAME`), every other article at its own page (NAME.html, decision 007): the same
 * article under another name, and the large one; then the article list.
 */
export function benchMeasures(
  articles: BenchArticle[],
  list: ArticleIndexEntry[],
  baseUrl: string,
  scale: number,
): Measure[] {
  const measures: Measure[] = articles.map((bench, index) => {
    const copies = bench.name === SCALE_NAME ? scale : 1;
    const page = index === 0 ? undefined : `${bench.name}.html`;
    return {
      label: `${copies}×${page ? ' page' : ''}`,
      kind: copies === 1 ? 'article' : 'large article',
      targets: targetsFor(bench, baseUrl, copies, page),
    };
  });
  measures.push({ label: `list of ${list.length}`, kind: 'list', targets: listTargets(list, baseUrl) });
  return measures;
}
