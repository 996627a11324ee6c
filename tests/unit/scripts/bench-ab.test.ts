import { describe, expect, it } from 'vitest';
import { abPlan, armsInRound, DEFAULT_ARM, NOISE_ARM } from '../../../scripts/bench/ab-plan';
import { pairedDifferences, summarizeAb, verdict } from '../../../scripts/bench/ab-summary';
import { SPEED_MEASURES } from '../../../src/boot/speed-measures';

describe('the A/B run’s plan', () => {
  it('measures the default twice, then one build without each measure, each in its own folder', () => {
    expect(abPlan('blocking-boot', '/tmp/ab')).toEqual([
      { label: DEFAULT_ARM, outDir: '/tmp/ab', without: null },
      { label: NOISE_ARM, outDir: '/tmp/ab', without: null },
      { label: 'without blocking-boot', outDir: '/tmp/ab-no-blocking-boot', without: 'blocking-boot' },
    ]);
    expect(abPlan('all', 'dist').map((arm) => arm.without)).toEqual([
      null,
      null,
      ...SPEED_MEASURES.map((measure) => measure.id),
    ]);
  });

  it('names a measure it does not know, and refuses to measure none', () => {
    expect(() => abPlan('warp-drive', 'dist')).toThrow(/--ab: no speed measure "warp-drive"/);
    expect(() => abPlan(' ', 'dist')).toThrow(/names no speed measure/);
  });

  it('rotates the arms each round', () => {
    expect(armsInRound(['a', 'b', 'c'], 0)).toEqual(['a', 'b', 'c']);
    expect(armsInRound(['a', 'b', 'c'], 1)).toEqual(['b', 'c', 'a']);
    expect(armsInRound(['a', 'b', 'c'], 5)).toEqual(['c', 'a', 'b']);
  });
});

describe('the A/B run’s summary', () => {
  it('pairs rounds where both builds have a figure', () => {
    expect(pairedDifferences([110, null, 130, 90], [100, 100, null, 100])).toEqual([10, -10]);
  });

  it('calls a measure paying only beyond the default’s largest difference from itself', () => {
    const noise = [-40, 25, 10];
    expect(verdict([60, 45, 80], noise)).toBe('pays');
    expect(verdict([30, 45, -10], noise)).toBe('within noise');
    expect(verdict([-50, -45, -60], noise)).toBe('costs');
    expect(verdict([], noise)).toBe('within noise');
  });

  it('reports each build against the default, the noise first', () => {
    const figures = new Map([
      [DEFAULT_ARM, [100, 200, 150]],
      [NOISE_ARM, [110, 190, 150]],
      ['without x', [300, 400, 260]],
    ]);
    const rows = summarizeAb('50× page', 'text ms', figures, DEFAULT_ARM, NOISE_ARM);
    expect(rows.map(({ arm, median, min, max, verdict: v }) => [arm, median, min, max, v])).toEqual([
      [NOISE_ARM, 0, -10, 10, 'noise'],
      ['without x', 200, 110, 200, 'pays'],
    ]);
  });
});
