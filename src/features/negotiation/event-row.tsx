import { memo, useState, type KeyboardEvent } from 'react';
import { KIND_LABELS } from '../../article/event-kind-labels';
import { KindIcon } from '../../shared/kind-icon';
import { AxisCell } from './axis-cell';
import { ConnectorPieces } from './connector-pieces';
import { EventFacts } from './event-facts';
import type { Column, EventLine } from './negotiation-layout';
import type { NegotiationLinks } from './negotiation-links';
import { SideNames } from '../../shared/side-names';
import { SideShape } from './side-shape';

/** Up and down arrows move between events, as in a list; Tab still visits every control. */
function moveFocus(event: KeyboardEvent<HTMLButtonElement>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const all = [...document.querySelectorAll<HTMLButtonElement>('.pv-neg-toggle')];
  const next = all[all.indexOf(event.currentTarget) + (event.key === 'ArrowDown' ? 1 : -1)];
  if (!next) return;
  event.preventDefault();
  next.focus();
}

type EventRowProps = {
  line: EventLine;
  columns: readonly Column[];
  links: NegotiationLinks;
  /** A link names this event: its facts open (the page reveals and focuses it). */
  linked: boolean;
};

/**
 * One event in its side's column (across every side of a joint event): the side's shape, the
 * kind, the summary as the button that opens its facts, and what it answers in words. The
 * row's id is the event's, so a link lands on it.
 */
export const EventRow = memo(function EventRow({ line, columns, links, linked }: EventRowProps) {
  const [open, setOpen] = useState(linked);
  // A later link to it (the host page of an embed may send one) opens it too.
  const [wasLinked, setWasLinked] = useState(linked);
  if (linked !== wasLinked) {
    setWasLinked(linked);
    if (linked) setOpen(true);
  }
  const { event } = line;
  const sides = line.columns.flatMap((index) => columns[index] ?? []);
  const factsId = `${event.id}-details`;
  const classes = ['pv-neg-row', 'pv-neg-grid', `pv-neg-kind--${event.kind}`];
  // The card's place; on a phone the card's parts are placed by themselves, the head in it.
  const place = `pv-neg-from-ge${line.first} pv-neg-to-g${line.last + 1}`;
  if (line.forced) classes.push('pv-neg-row--forced');
  return (
    <li id={event.id} tabIndex={-1} className={classes.join(' ')}>
      <AxisCell cell={line.axis} />
      <ConnectorPieces pieces={line.pieces} />
      <div className={`pv-neg-card ${place}`}>
        <p className={`pv-neg-card-head ${place}`}>
          <span className="pv-neg-card-sides">
            {sides.map((column) => (
              <SideShape key={column.side.id} shape={column.shape} />
            ))}
            <span className="pv-neg-side-names">
              <SideNames names={sides.map((c) => c.side.name)} />
            </span>
          </span>
          <span className="pv-neg-kind">
            <KindIcon kind={event.kind} />
            {KIND_LABELS[event.kind]}
          </span>
        </p>
        <h3 className="pv-neg-title">
          <button
            type="button"
            className="pv-neg-toggle"
            aria-expanded={open}
            aria-controls={factsId}
            onClick={() => {
              setOpen(!open);
            }}
            onKeyDown={moveFocus}
          >
            {event.summary}
          </button>
        </h3>
        {line.forced && (
          <p className="pv-neg-forced">Shown because a link leads here: your filters hide it.</p>
        )}
        {line.answers && <p className="pv-neg-relation pv-visually-hidden">{line.answers}</p>}
        {line.answeredBy.map((text) => (
          <p key={text} className="pv-neg-relation pv-visually-hidden">
            {text}
          </p>
        ))}
        {open && <EventFacts id={factsId} event={event} links={links} />}
      </div>
    </li>
  );
});
