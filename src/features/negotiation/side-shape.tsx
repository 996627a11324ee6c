import type { SideShape as Shape } from './negotiation-layout';

// On a 12 × 12 grid, filled in the text colour: a side is told by its shape, never colour alone.
const SHAPES: Record<Shape, string> = {
  circle: 'M6 1.5a4.5 4.5 0 1 1 0 9a4.5 4.5 0 1 1 0-9z',
  square: 'M2 2h8v8H2z',
  diamond: 'M6 0.8l5.2 5.2L6 11.2L0.8 6z',
  triangle: 'M6 1.2l5 9.3H1z',
  hexagon: 'M3.5 1.5h5L11 6l-2.5 4.5h-5L1 6z',
  star: 'M6 0.8l1.5 3.4 3.7.3-2.8 2.4.9 3.6L6 8.6l-3.3 1.9.9-3.6L.8 4.5l3.7-.3z',
};

type SideShapeProps = { shape: Shape };

/** A side's mark; decorative, since the side's name is always written nearby or given in words. */
export function SideShape({ shape }: SideShapeProps) {
  return (
    <svg
      className={`pv-neg-shape pv-neg-shape--${shape}`}
      viewBox="0 0 12 12"
      width="12"
      height="12"
      aria-hidden="true"
      focusable="false"
    >
      <path d={SHAPES[shape]} />
    </svg>
  );
}
