import type { ReactNode } from 'react';
import type { PreparedArticle } from '../../article/prepare-article';
import { cardDomId } from '../../shared/item-path';
import { useDisclosureActions, useIsOpen } from '../../shared/reader-state';
import { toggleName, toggleTip } from './describe-source';
import { cardKey } from './source-keys';
import { sourceNumbers } from './source-numbers';
import '../../shared/marks.css';

const SOURCE_CHIP_CLASS = 'pv-chip pv-chip--source';

/** The toggle's shape alone, inert: for a block a long article has not completed yet. */
export function attributionChipShape(attributionId: string, prepared: PreparedArticle): ReactNode {
  const attribution = prepared.attributionsById.get(attributionId);
  if (!attribution) return null;
  return (
    <span
      className={SOURCE_CHIP_CLASS}
      data-kind={prepared.categoryOfAttribution.get(attributionId) ?? 'anonymous'}
      data-certainty={attribution.certainty}
      aria-hidden="true"
    />
  );
}

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
      className={`${SOURCE_CHIP_CLASS} pv-source-toggle`}
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
