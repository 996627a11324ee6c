import type { PreparedArticle } from '../../article/prepare-article';
import { cardDomId } from '../../shared/item-path';
import { useDisclosureActions, useIsOpen } from '../../shared/reader-state';
import { toggleName, toggleTip } from './describe-source';
import { cardKey } from './source-keys';
import { sourceNumbers } from './source-numbers';
import '../../shared/marks.css';

type AttributionToggleProps = { attributionId: string; prepared: PreparedArticle };

/**
 * The disclosure button at the end of an attributed passage. Its visible label comes from CSS
 * (`::before`), so the passage's text stays exactly as published; its name says whose it is.
 */
export function AttributionToggle({ attributionId, prepared }: AttributionToggleProps) {
  const { toggle } = useDisclosureActions();
  const open = useIsOpen(cardKey(attributionId));
  const attribution = prepared.attributionsById.get(attributionId);
  if (!attribution) return null;
  const category = prepared.categoryOfAttribution.get(attributionId) ?? 'anonymous';
  return (
    <button
      type="button"
      className="pv-chip pv-chip--source pv-source-toggle"
      data-kind={category}
      data-certainty={attribution.certainty}
      data-footnote={sourceNumbers(prepared).get(attribution.sourceId)}
      data-tip={toggleTip(category, attribution)}
      aria-expanded={open}
      aria-controls={cardDomId(attributionId)}
      aria-label={toggleName(attribution, prepared.sourcesById.get(attribution.sourceId))}
      onClick={() => {
        toggle(cardKey(attributionId));
      }}
    />
  );
}
