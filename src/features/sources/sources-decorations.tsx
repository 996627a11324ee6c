import type { PreparedArticle } from '../../article/prepare-article';
import type { TextDecorations } from '../../shared/text-decorations';
import { AttributionCards } from './attribution-cards';
import { attributionChipShape, AttributionToggle } from './attribution-toggle';

/** What the sources feature adds to the text: a toggle after each passage (its inert shape in a block not yet complete), its cards below. */
export function sourcesDecorations(prepared: PreparedArticle): TextDecorations {
  return {
    markEnd: (mark) =>
      mark.kind === 'attribution' ? <AttributionToggle attributionId={mark.id} prepared={prepared} /> : null,
    stillEnd: (mark) => (mark.kind === 'attribution' ? attributionChipShape(mark.id, prepared) : null),
    afterBlock: (blockId) => <AttributionCards blockId={blockId} prepared={prepared} />,
  };
}
