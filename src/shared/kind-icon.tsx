import type { ReactNode } from 'react';
import './kind-icon.css';
import type { EventKind } from '../article/event-schema';

// Line drawings on a 16 × 16 grid, drawn in the text colour; the kind's name always goes with them.
const SHAPES: Record<EventKind, ReactNode> = {
  report: <path d="M4 2h5.5L12 4.5V14H4z M6 7h4 M6 10h4" />,
  agreement: <path d="M3 8.5l3 3 7-7" />,
  request: (
    <>
      <path d="M5.5 6a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .8-1 1.5V11" />
      <circle cx="8" cy="13.5" r="0.6" />
    </>
  ),
  proposal: <path d="M2 8h11 M9 4l4 4-4 4" />,
  objection: (
    <>
      <path d="M8 2.5v7.5" />
      <circle cx="8" cy="13.2" r="0.6" />
    </>
  ),
  rejection: <path d="M4 4l8 8 M12 4l-8 8" />,
  order: <path d="M3 2.5h10 M8 2.5v11 M4.5 10l3.5 3.5 3.5-3.5" />,
  outbreak: <path d="M8 2v12 M2 8h12 M3.8 3.8l8.4 8.4 M12.2 3.8l-8.4 8.4" />,
  decision: <path d="M8 2l6 6-6 6-6-6z" />,
  statement: <path d="M2.5 3h11v7.5h-6l-3 3v-3h-2z" />,
  meeting: (
    <>
      <circle cx="5.5" cy="8" r="3.5" />
      <circle cx="10.5" cy="8" r="3.5" />
    </>
  ),
  other: <circle cx="8" cy="8" r="2.5" />,
};

type KindIconProps = { kind: EventKind };

/** A small picture of an event's kind; decorative, since the kind's name is written beside it. */
export function KindIcon({ kind }: KindIconProps) {
  return (
    <svg
      className="pv-kind-icon"
      viewBox="0 0 16 16"
      width="14"
      height="14"
      aria-hidden="true"
      focusable="false"
    >
      {SHAPES[kind]}
    </svg>
  );
}
