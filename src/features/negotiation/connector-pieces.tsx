import { Fragment } from 'react';
import type { ConnectorPiece } from './negotiation-layout';

// Tracks past the fourth share the last lane: a gutter has room for four lines.
const MAX_TRACK = 3;

/** Refusals are drawn solid and strong, every other answer dashed: the pattern, not only colour. */
function tone(piece: ConnectorPiece): string {
  return piece.kind === 'rejection' || piece.kind === 'objection' ? 'refusal' : 'other';
}

function pieceClasses(piece: ConnectorPiece, shape: string): string {
  const track = Math.min(piece.track, MAX_TRACK);
  return `pv-neg-piece pv-neg-${shape} pv-neg-track-${track} pv-neg-tone-${tone(piece)}`;
}

type ConnectorPiecesProps = { pieces: readonly ConnectorPiece[] };

/**
 * What one row draws of the connectors that start, pass or end in it, as grid items in the
 * row's gutters: a vertical run per connector, and at a start or an end the horizontal run
 * between the card and the gutter (with the arrowhead at the answer). Decorative: each
 * connector is also said in words, in the answer's row and in the list.
 */
export function ConnectorPieces({ pieces }: ConnectorPiecesProps) {
  return pieces.map((piece, index) => {
    const vertical = `${pieceClasses(piece, 'v')} pv-neg-in-g${piece.gutter} pv-neg-v--${piece.part}`;
    // Gutter g lies right of column g - 1: a start or end on the card's right spans from
    // the card's edge to the gutter; on its left, from the gutter to the card's edge.
    const span =
      piece.side === 'right'
        ? `pv-neg-from-g${piece.column + 1} pv-neg-to-ge${piece.gutter}`
        : `pv-neg-from-g${piece.gutter} pv-neg-to-ge${piece.column}`;
    const horizontal =
      piece.part === 'through'
        ? undefined
        : `${pieceClasses(piece, 'h')} ${span} pv-neg-h--${piece.part} pv-neg-h--${piece.side}`;
    const key = `${piece.connectorId}:${piece.part}:${index}`;
    return (
      <Fragment key={key}>
        <span
          className={vertical}
          aria-hidden="true"
          data-connector={piece.connectorId}
          data-part={piece.part}
        />
        {horizontal && (
          <span
            className={horizontal}
            aria-hidden="true"
            data-connector={piece.connectorId}
            data-part={`${piece.part}-h`}
          />
        )}
      </Fragment>
    );
  });
}
