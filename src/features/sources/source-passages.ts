import type { PreparedArticle } from '../../article/prepare-article';
import type { Highlight } from '../../shared/reader-state';
import { sourceHighlightKey } from './source-keys';

/** Everything in the text that rests on a source: its passages and the quotes it spoke. */
export function sourceHighlight(prepared: PreparedArticle, sourceId: string): Highlight {
  const source = prepared.sourcesById.get(sourceId);
  const ids = new Set((prepared.attributionsBySource.get(sourceId) ?? []).map((a) => a.id));
  for (const quote of prepared.article.quotes) if (quote.speakerId === sourceId) ids.add(quote.id);
  return { key: sourceHighlightKey(sourceId), label: `passages from ${source?.name ?? sourceId}`, ids };
}
