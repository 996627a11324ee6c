import type { PreparedArticle } from '../../article/prepare-article';
import { CATEGORY_LABELS, SOURCE_KIND_LABELS } from '../../article/source-category';
import type { Attribution } from '../../article/sourcing-schema';
import { cardDomId } from '../../shared/item-path';
import { ItemLink } from '../../shared/item-link';
import { Permalink } from '../../shared/permalink';
import { useTextDecorations } from '../../shared/text-decorations';
import { CertaintyLine } from './certainty-line';
import { excerpt } from '../../article/excerpt';
import { RelayChain } from './relay-chain';
import { SourceFacts } from './source-facts';
import { ShowMore, usePaging } from '../../shared/show-more';
import { usePrinting } from '../../shared/reader-state';

type SourceCardProps = {
  attribution: Attribution;
  prepared: PreparedArticle;
  /** Closes the card; without it (a card embedded on its own), there is nothing to close. */
  onClose?: () => void;
  /** At most this many other passages of the source are listed (a card on its own); else all. */
  othersShown?: number;
};

/** Who a passage rests on, how it reached the publication, and how sure the text is. */
export function SourceCard({ attribution, prepared, onClose, othersShown }: SourceCardProps) {
  const source = prepared.sourcesById.get(attribution.sourceId);
  const category = prepared.categoryOfAttribution.get(attribution.id) ?? 'anonymous';
  const others = (prepared.attributionsBySource.get(attribution.sourceId) ?? []).filter(
    (a) => a.id !== attribution.id,
  );
  const name = source?.name ?? attribution.sourceId;
  const { cardExtra } = useTextDecorations();
  return (
    <div
      id={cardDomId(attribution.id)}
      className="pv-card"
      data-kind={category}
      role="group"
      aria-label={`Source card: ${name}`}
    >
      <p className="pv-card-title">
        <span className="pv-card-name">{name}</span>{' '}
        <span className="pv-kind-badge" data-kind={category}>
          {CATEGORY_LABELS[category]}
        </span>
      </p>
      {source && (
        <p className="pv-card-meta">
          {SOURCE_KIND_LABELS[source.kind]}
          <SourceFacts source={source} />
        </p>
      )}
      <dl className="pv-facts">
        {attribution.cue && (
          <>
            <dt>Cue</dt>
            <dd>“{attribution.cue.text}”</dd>
          </>
        )}
        <dt>How we know</dt>
        <dd>
          <RelayChain attribution={attribution} prepared={prepared} />
        </dd>
        <dt>Certainty</dt>
        <dd>
          <CertaintyLine attribution={attribution} />
        </dd>
        {others.length > 0 && (
          <>
            <dt>Also from this source</dt>
            <dd>
              {othersShown === undefined ? (
                <OtherPassages others={others} />
              ) : (
                <ul className="pv-passage-links">
                  {others.slice(0, othersShown).map((other) => (
                    <OtherPassage key={other.id} other={other} />
                  ))}
                  {others.length > othersShown && (
                    <li className="pv-passage-more">
                      and {others.length - othersShown} more in the full article
                    </li>
                  )}
                </ul>
              )}
            </dd>
          </>
        )}
      </dl>
      {cardExtra?.(attribution.id)}
      <p className="pv-card-footer">
        <Permalink itemId={attribution.id} label={`passage from ${name}`} />
        {onClose && (
          <button
            type="button"
            className="pv-link-button pv-card-close"
            aria-label="Close source card"
            onClick={onClose}
          >
            Close
          </button>
        )}
      </p>
    </div>
  );
}

function OtherPassage({ other }: { other: Attribution }) {
  return (
    <li>
      <ItemLink itemId={other.id}>{excerpt(other.range.text, 70)}</ItemLink>
    </li>
  );
}

/** Other passages listed at first in a card. */
const OTHERS_AT_FIRST = 3;

/**
 * The source's other passages: the first few, and the rest on request (or in print), so that a
 * card opened beside the text keeps near the room boot.js keeps for it under a linked passage
 * (src/boot/boot.css), however many passages the source has.
 */
function OtherPassages({ others }: { others: readonly Attribution[] }) {
  const { limit, list, showMore } = usePaging<HTMLUListElement>('li', OTHERS_AT_FIRST);
  const shown = usePrinting() ? others : others.slice(0, limit);
  return (
    <>
      <ul className="pv-passage-links" ref={list}>
        {shown.map((other) => (
          <OtherPassage key={other.id} other={other} />
        ))}
      </ul>
      <ShowMore
        shown={shown.length}
        total={others.length}
        noun="passages"
        step={others.length}
        onMore={() => {
          showMore(others.length);
        }}
      />
    </>
  );
}
