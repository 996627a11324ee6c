import { useMemo, useState, type ReactNode } from 'react';
import type { PreparedArticle } from '../../article/prepare-article';
import type { EventsShown } from '../../shared/app-url';
import { usePageShown } from '../../shared/page-shown';
import { usePrinting } from '../../shared/reader-state';
import { answerDigest } from './answer-digest';
import { AnswerDigestLine } from '../../shared/answer-digest-line';
import { NegotiationFilters } from './negotiation-filters';
import { NegotiationGraphic } from './negotiation-graphic';
import { cachedLayout, type NegotiationLayout } from './negotiation-layout';
import { KIND_LABELS } from '../../article/event-kind-labels';
import type { NegotiationLinks } from './negotiation-links';
import { NegotiationList } from './negotiation-list';
import { phaseGroups } from './phase-groups';
import { NegotiationKey } from './negotiation-key';
import { SideNames } from '../../shared/side-names';
import { useAskedFilter } from './use-asked-filter';
import './negotiation.css';

/** What the filters let through, in words: "(North Korea, China; Request, Objection)". */
function FilterSummary({ layout, shown }: { layout: NegotiationLayout; shown: EventsShown }) {
  const kinds = shown.kinds ? shown.kinds.map((k) => KIND_LABELS[k]) : ['every kind'];
  if (!shown.sides) return `(every side; ${kinds.join(', ')})`;
  const names = layout.sides.filter((s) => shown.sides?.includes(s.id)).map((s) => s.name);
  return (
    <>
      (<SideNames names={names} joiner=", " />; {kinds.join(', ')})
    </>
  );
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function answersDrawn(layout: NegotiationLayout): string {
  return `${plural(layout.connectors.length, 'answer')} drawn`;
}

type NegotiationViewProps = {
  prepared: PreparedArticle;
  shown: EventsShown;
  /** An event a link names: shown (even when filtered out) and revealed by the page. */
  linkedId: string | undefined;
  onShow: (shown: EventsShown) => void;
  links: NegotiationLinks;
  /** Controls the page adds beside the view's own (back to the article, embed). */
  tools?: ReactNode;
};

/**
 * The negotiation view: one column per side, the story's phases down a shared time axis, each
 * answer drawn from its proposal; or, at the reader's choice, the same as an ordered list.
 */
export function NegotiationView({
  prepared,
  shown: inUrl,
  linkedId,
  onShow,
  links,
  tools,
}: NegotiationViewProps) {
  // The checkboxes and the graphic show a click together, in the click's own render: the
  // graphic draws only what is on the screen first, so even a long story's filter is quick, and
  // a render held back to a later frame measured slower (decision 012).
  const [shown, change] = useAskedFilter(inUrl, onShow);
  const layout = useMemo(() => cachedLayout(prepared, { shown, linkedId }), [prepared, shown, linkedId]);
  const groups = useMemo(() => phaseGroups(layout.lines), [layout]);
  const tallies = useMemo(() => answerDigest(layout), [layout]);
  const [asList, setAsList] = useState(false);
  const [filtering, setFiltering] = useState(false);
  // A view drawn ahead of a click is never printed (reader-page.css), so it never draws whole.
  const pageShown = usePageShown();
  const printing = usePrinting() && pageShown;
  const forced = layout.lines.find((line) => line.type === 'event' && line.forced);
  return (
    <div className="pv-negotiation">
      <div className="pv-neg-tools">
        <p className="pv-neg-modes">
          <button
            type="button"
            className="pv-link-button"
            aria-expanded={filtering}
            aria-controls="pv-neg-filters"
            onClick={() => {
              setFiltering(!filtering);
            }}
          >
            Filter events
          </button>
          <span className="pv-neg-filter-summary">
            <FilterSummary layout={layout} shown={shown} />
          </span>
        </p>
        {/* Drawn only once opened: a view opens sooner without a form no one has asked for. */}
        <div id="pv-neg-filters" hidden={!filtering}>
          {filtering && (
            <NegotiationFilters sides={layout.sides} kinds={layout.kinds} shown={shown} onShow={change} />
          )}
        </div>
        <p className="pv-neg-modes">
          <span className="pv-neg-modes-label">Show as:</span>
          <button
            type="button"
            className="pv-link-button"
            aria-pressed={!asList}
            onClick={() => setAsList(false)}
          >
            Graphic
          </button>
          <button
            type="button"
            className="pv-link-button"
            aria-pressed={asList}
            onClick={() => setAsList(true)}
          >
            List
          </button>
          {tools}
        </p>
      </div>
      <p className="pv-neg-count" role="status">
        {layout.shown === layout.total
          ? `${plural(layout.total, 'event')}, ${answersDrawn(layout)}`
          : `Showing ${layout.shown} of ${plural(layout.total, 'event')}, ${answersDrawn(layout)}`}
        {forced?.type === 'event' && (
          <>
            ; “<bdi>{forced.event.summary}</bdi>” is shown because a link leads to it
          </>
        )}
      </p>
      <AnswerDigestLine tallies={tallies} />
      {layout.shown === 0 ? (
        <p className="pv-neg-empty">No events match these filters.</p>
      ) : asList ? (
        <NegotiationList columns={layout.columns} groups={groups} />
      ) : (
        <>
          <NegotiationKey />
          <NegotiationGraphic
            columns={layout.columns}
            groups={groups}
            links={links}
            linkedId={linkedId}
            all={printing}
          />
        </>
      )}
    </div>
  );
}
