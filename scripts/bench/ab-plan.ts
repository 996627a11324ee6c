import { parseSpeedOff, SPEED_MEASURES, type SpeedMeasureId } from '../../src/boot/speed-measures';

/** One side of the A/B run: a build (its folder and the measure it leaves out), measured under a label. */
export type AbArm = { label: string; outDir: string; without: SpeedMeasureId | null };

export const DEFAULT_ARM = 'default';
/** The default build measured again as if it were a variant: how far it differs from itself. */
export const NOISE_ARM = 'default again';
/** What the A/B run measures unless `--only` says otherwise. */
export const AB_MEASURES = ['1× page', '50× page'];

/** `all` → every speed measure; else the ones named (an unknown one is an error naming it). */
export function abMeasures(ab: string): SpeedMeasureId[] {
  const named = ab.trim() === 'all' ? SPEED_MEASURES.map((m) => m.id) : parseSpeedOff(ab, '--ab');
  if (named.length === 0) throw new Error('--ab names no speed measure: use --ab=all or --ab=ID,…');
  return named;
}

/**
 * The arms: the default build (in `outDir`), the same build again (the noise), and per measure a
 * build without it, each in `OUTDIR-no-ID`. Each folder is built once.
 */
export function abPlan(ab: string, outDir: string): AbArm[] {
  return [
    { label: DEFAULT_ARM, outDir, without: null },
    { label: NOISE_ARM, outDir, without: null },
    ...abMeasures(ab).map((id) => ({ label: `without ${id}`, outDir: `${outDir}-no-${id}`, without: id })),
  ];
}

/** The arms in this round's order: rotated by one each round, so none is always first or last. */
export function armsInRound<T>(arms: readonly T[], round: number): T[] {
  const shift = arms.length === 0 ? 0 : round % arms.length;
  return [...arms.slice(shift), ...arms.slice(0, shift)];
}
