import { useState } from 'react';
import type { Article } from '../../article/article-schema';
import type { Change } from './ops/change';
import { removeInsertion } from './ops/quote-ops';
import { acceptAll, acceptItem, rejectAll, rejectItem, type ReviewList as List } from './ops/review-ops';
import { AddSourceForm } from './add-source-form';
import { updateAttribution } from './ops/attribution-ops';
import { REVIEW_KINDS, reviewItems, type ReviewItem } from './review-items';

type ReviewListProps = {
  article: Article;
  selectedId: string | undefined;
  onApply: (change: Change) => void;
  onShow: (id: string) => void;
  onEdit: (item: ReviewItem) => void;
};

function removeHedge(article: Article, id: string, index: number): Change {
  const a = article.attributions.find((x) => x.id === id);
  if (!a) throw new Error(`no attribution "${id}"`);
  const hedges = a.hedges.filter((_, i) => i !== index);
  return { ...updateAttribution(article, { ...a, hedges }), label: 'Remove hedge' };
}

type RowProps = Omit<ReviewListProps, 'onEdit'> & { item: ReviewItem; onEdit: () => void };

function ReviewRow({ article, item, selectedId, onApply, onShow, onEdit }: RowProps) {
  const selected = item.id === selectedId;
  return (
    <li
      className={`pv-desk-row${selected ? ' pv-desk-row--selected' : ''}${item.draft ? '' : ' pv-desk-row--done'}`}
    >
      <button
        type="button"
        className="pv-desk-row-title"
        aria-pressed={selected}
        onClick={() => onShow(item.id)}
      >
        {item.title}
      </button>
      <p className="pv-desk-row-detail">
        {item.draft ? (
          <span className="pv-desk-badge">To review</span>
        ) : (
          <span className="pv-desk-badge pv-desk-badge--done">Reviewed</span>
        )}{' '}
        {item.detail}
      </p>
      {item.draft && item.review && (
        <p className="pv-desk-row-check">
          <span className="pv-desk-badge pv-desk-badge--check">Check</span> {item.review.reason}{' '}
          <span className="pv-desk-row-confidence">
            (the ingest was {Math.round(item.review.confidence * 100)}% sure)
          </span>
        </p>
      )}
      {item.parts.length > 0 && (
        <ul className="pv-desk-parts" aria-label={item.list === 'quotes' ? 'Insertions' : 'Hedge words'}>
          {item.parts.map((part) => (
            <li key={`${part.kind}-${part.index}`}>
              <span className={`pv-desk-part pv-desk-part--${part.kind}`}>
                {part.kind === 'insertion' ? 'Insertion' : 'Hedge'} “{part.range.text}”
              </span>{' '}
              <button
                type="button"
                className="pv-link-button"
                aria-label={`Remove ${part.kind} “${part.range.text}”`}
                onClick={() =>
                  onApply(
                    part.kind === 'insertion'
                      ? removeInsertion(article, item.id, part.index)
                      : removeHedge(article, item.id, part.index),
                  )
                }
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="pv-desk-row-actions" role="group" aria-label={`Review ${item.title}`}>
        {item.draft && (
          <button
            type="button"
            className="pv-desk-action"
            onClick={() => onApply(acceptItem(article, item.list, item.id))}
          >
            Accept
          </button>
        )}
        <button type="button" className="pv-desk-action" onClick={onEdit}>
          Correct
        </button>
        <button
          type="button"
          className="pv-desk-action pv-desk-action--danger"
          onClick={() => onApply(rejectItem(article, item.list, item.id))}
        >
          {item.draft ? 'Reject' : 'Delete'}
        </button>
      </div>
    </li>
  );
}

/**
 * Every item of the article, machine-found ones first marked "To review": shown in the text,
 * accepted, corrected or rejected one by one, or a whole kind accepted at once.
 */
export function ReviewList({ article, selectedId, onApply, onShow, onEdit }: ReviewListProps) {
  const [kind, setKind] = useState<List | 'all'>('all');
  const [onlyDrafts, setOnlyDrafts] = useState(true);
  const items = reviewItems(article);
  const drafts = items.filter((i) => i.draft).length;
  const reviewed = items.length - drafts;
  const shown = items.filter((i) => (kind === 'all' || i.list === kind) && (!onlyDrafts || i.draft));
  const kindDrafts = (list: List) => items.filter((i) => i.list === list && i.draft).length;
  const label = REVIEW_KINDS.find((k) => k.list === kind)?.label.toLowerCase();
  return (
    <section aria-labelledby="pv-desk-review-title" className="pv-desk-review">
      <h2 id="pv-desk-review-title" className="pv-desk-panel-title">
        Review
      </h2>
      <p className="pv-desk-progress" role="status">
        {reviewed} of {items.length} reviewed{drafts === 0 ? ': nothing left to review' : ''}
      </p>
      <progress
        className="pv-desk-progress-bar"
        max={items.length || 1}
        value={reviewed}
        aria-label="Review progress"
      />
      <div className="pv-desk-filters" role="group" aria-label="Show">
        <button
          type="button"
          className="pv-desk-chip"
          aria-pressed={kind === 'all'}
          onClick={() => setKind('all')}
        >
          All
        </button>
        {REVIEW_KINDS.map((k) => (
          <button
            key={k.list}
            type="button"
            className="pv-desk-chip"
            aria-pressed={kind === k.list}
            onClick={() => setKind(k.list)}
          >
            {k.label} {kindDrafts(k.list) > 0 ? `(${kindDrafts(k.list)})` : ''}
          </button>
        ))}
      </div>
      <div className="pv-desk-tools">
        <label className="pv-desk-check">
          <input type="checkbox" checked={onlyDrafts} onChange={(e) => setOnlyDrafts(e.target.checked)} />{' '}
          Only items to review
        </label>
        {kind !== 'all' && kindDrafts(kind) > 0 && (
          <button type="button" className="pv-desk-action" onClick={() => onApply(acceptAll(article, kind))}>
            Accept all {kindDrafts(kind)} {label}
          </button>
        )}
        {kind !== 'all' && kindDrafts(kind) > 0 && (
          <button
            type="button"
            className="pv-desk-action pv-desk-action--danger"
            onClick={() => onApply(rejectAll(article, kind))}
          >
            Reject all {kindDrafts(kind)} {label}
          </button>
        )}
      </div>
      {kind === 'sources' && <AddSourceForm article={article} onApply={onApply} />}
      {shown.length === 0 ? (
        <p className="pv-desk-empty">
          {onlyDrafts ? 'Nothing here is left to review.' : 'Nothing of this kind.'}
        </p>
      ) : (
        <ul className="pv-desk-rows">
          {shown.map((item) => (
            <ReviewRow
              key={item.id}
              article={article}
              item={item}
              selectedId={selectedId}
              onApply={onApply}
              onShow={onShow}
              onEdit={() => onEdit(item)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
