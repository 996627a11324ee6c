import type { PreparedArticle } from '../../article/prepare-article';
import { cardDomId } from '../../shared/item-path';
import { useDisclosureActions, useOpenItems } from '../../shared/reader-state';
import { cardKey } from './source-keys';
import { SourceCard } from './source-card';

type AttributionCardsProps = { blockId: string; prepared: PreparedArticle };

/** The open source cards of one block, inline below it: they push text down, never cover it. */
export function AttributionCards({ blockId, prepared }: AttributionCardsProps) {
  const { toggle } = useDisclosureActions();
  const all = prepared.attributionsByBlock.get(blockId) ?? [];
  const open = useOpenItems(all, cardKey);
  if (open.length === 0) return null;
  return (
    <div className="pv-cards">
      {open.map((attribution) => (
        <SourceCard
          key={attribution.id}
          attribution={attribution}
          prepared={prepared}
          onClose={() => {
            toggle(cardKey(attribution.id));
            document.querySelector<HTMLElement>(`[aria-controls="${cardDomId(attribution.id)}"]`)?.focus();
          }}
        />
      ))}
    </div>
  );
}
