import type { ReactNode } from 'react';
import type { PreparedArticle } from '../../article/prepare-article';
import { cardDomId } from '../../shared/item-path';
import { useDisclosureActions, useIsOpen } from '../../shared/reader-state';
import { toggleName, toggleTip } from './describe-source';
import { cardKey } from './source-keys';
import { sourceNumbers } from './source-numbers';
import '../../shared/marks.css';

/**
 * What makes a source's chip look as it does (its class, kind and certainty, read by
 * shared/marks.css): one place for the button and for its inert shape.
 */
function sourceChipLook(attributionId: string, prepared: PreparedArticle) {
  const attribution = prepared.attributionsById.get(attributionId);
  if (!attribution) return undefined;
  const category = prepared.categoryOfAttribution.get(attributionId) ?? 'anonymous';
  const look = {
    className: 'pv-chip pv-chip--source',
    'data-kind': category,
    'data-certainty': attribution.certainty,
  };
  return { attribution, category, look };
}

/** The toggle's shape alone, inert: for a block a long article has not completed yet. */
export function attributionChipShape(attributionId: string, prepared: PreparedArticle): ReactNode {
  const chip = sourceChipLook(attributionId, prepared);
  return chip ? <span {...chip.look} aria-hidden="true" /> : null;
}

type AttributionToggleProps = { attributionId: string; prepared: PreparedArticle };

/**
 * The disclosure button at the end of an attributed passage. Its visible label comes from CSS
 * (`::before`), so the passage's text stays exactly as published; its name says whose it is.
 */
export function AttributionToggle({ attributionId, prepared }: AttributionToggleProps) {
  const { toggle } = useDisclosureActions();
  const open = useIsOpen(cardKey(attributionId));
  const chip = sourceChipLook(attributionId, prepared);
  if (!chip) return null;
  const { attribution, category, look } = chip;
  return (
    <button
      type="button"
      {...look}
      className={`${look.className} pv-source-toggle`}
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
