import { useMemo, useState, type ReactNode } from 'react';
import type { PreparedArticle } from '../../article/prepare-article';
import type { EventsShown } from '../../shared/app-url';
import { usePrinting } from '../../shared/reader-state';
import { NegotiationFilters } from './negotiation-filters';
import { NegotiationGraphic } from './negotiation-graphic';
import { negotiationLayout } from './negotiation-layout';
import type { NegotiationLinks } from './negotiation-links';
import { NegotiationList } from './negotiation-list';
import { phaseGroups } from './phase-groups';
import { NegotiationKey } from './negotiation-key';
import './negotiation.css';

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
export function NegotiationView({ prepared, shown, linkedId, onShow, links, tools }: NegotiationViewProps) {
  const layout = useMemo(() => negotiationLayout(prepared, { shown, linkedId }), [prepared, shown, linkedId]);
  const groups = useMemo(() => phaseGroups(layout.lines), [layout]);
  const [asList, setAsList] = useState(false);
  const printing = usePrinting();
  const forced = layout.lines.find((line) => line.type === 'event' && line.forced);
  return (
    <div className="pv-negotiation">
      <div className="pv-neg-tools">
        <NegotiationFilters sides={layout.sides} kinds={layout.kinds} shown={shown} onShow={onShow} />
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
          ? `${layout.total} events, ${layout.connectors.length} answers drawn`
          : `Showing ${layout.shown} of ${layout.total} events, ${layout.connectors.length} answers drawn`}
        {forced?.type === 'event' && `; “${forced.event.summary}” is shown because a link leads to it`}
      </p>
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
