import { useMemo } from 'react';
import type { PreparedArticle } from '../../article/prepare-article';
import { CATEGORY_LABELS, UNATTRIBUTED } from '../../article/source-category';
import { useHighlight, type Highlight } from '../../shared/reader-state';
import { categoryHighlightKey } from './source-keys';
import { sourcingProfile, wholePercents, type ProfileCategory } from './sourcing-profile';
import '../../shared/marks.css';
import './sources.css';

type SourcingProfileBarProps = { prepared: PreparedArticle };

function categoryHighlight(prepared: PreparedArticle, category: ProfileCategory): Highlight {
  const ids =
    category === UNATTRIBUTED
      ? new Set([UNATTRIBUTED])
      : new Set([...prepared.categoryOfAttribution].filter(([, c]) => c === category).map(([id]) => id));
  return { key: categoryHighlightKey(category), label: CATEGORY_LABELS[category].toLowerCase(), ids };
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * A slim stacked bar of how much text rests on each kind of source. The bar is a picture; the
 * legend below it is the text equivalent and the control: choosing a kind highlights its text.
 */
export function SourcingProfileBar({ prepared }: SourcingProfileBarProps) {
  const profile = useMemo(() => sourcingProfile(prepared), [prepared]);
  const { highlight, toggleHighlight } = useHighlight();
  const percents = wholePercents(profile.shares);
  const { counts } = profile;
  const total = profile.shares.reduce((sum, share) => sum + share.characters, 0);
  const starts = profile.shares.map((_, index) =>
    profile.shares.slice(0, index).reduce((sum, share) => sum + share.characters, 0),
  );
  return (
    <section className="pv-profile" aria-labelledby="pv-profile-heading">
      <h2 id="pv-profile-heading" className="pv-profile-heading">
        Sourcing profile
      </h2>
      {/* SVG geometry, not inline styles: the page is pre-rendered, and a strict CSP blocks
          style attributes in HTML. */}
      <svg
        className="pv-profile-bar"
        aria-hidden="true"
        focusable="false"
        viewBox={`0 0 ${Math.max(total, 1)} 1`}
        preserveAspectRatio="none"
      >
        {profile.shares.map((share, index) => (
          <rect
            key={share.category}
            className="pv-profile-segment"
            data-kind={share.category}
            x={starts[index]}
            width={share.characters}
            height="1"
          />
        ))}
      </svg>
      <ul className="pv-profile-legend">
        {profile.shares.map((share, index) => (
          <li key={share.category}>
            <button
              type="button"
              className="pv-profile-key"
              data-kind={share.category}
              aria-pressed={highlight?.key === categoryHighlightKey(share.category)}
              onClick={() => {
                toggleHighlight(categoryHighlight(prepared, share.category));
              }}
            >
              <span className="pv-profile-swatch" aria-hidden="true" />
              {CATEGORY_LABELS[share.category]} <span className="pv-profile-percent">{percents[index]}%</span>
            </button>
          </li>
        ))}
      </ul>
      <p className="pv-profile-counts">
        {plural(counts.sources, 'source')} · {plural(counts.passages, 'attributed passage')} ·{' '}
        {plural(counts.quotes, 'quote')} · {plural(counts.events, 'event')}
      </p>
    </section>
  );
}
