import type { PreparedArticle } from '../../article/prepare-article';
import type { TextDecorations } from '../../shared/text-decorations';
import { AttributionCards } from './attribution-cards';
import { AttributionToggle } from './attribution-toggle';

/** What the sources feature adds to the text: a toggle after each passage, its cards below. */
export function sourcesDecorations(prepared: PreparedArticle): TextDecorations {
  return {
    markEnd: (mark) =>
      mark.kind === 'attribution' ? <AttributionToggle attributionId={mark.id} prepared={prepared} /> : null,
    afterBlock: (blockId) => <AttributionCards blockId={blockId} prepared={prepared} />,
  };
}
