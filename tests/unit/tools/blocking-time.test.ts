import { describe, expect, it } from 'vitest';
import { blockingTimeAfter } from '../../../tools/blocking-time';

describe('blocking time after the first paint', () => {
  it('counts each long task past 50 ms, only the part after the first paint', () => {
    const tasks = [
      { start: 0, duration: 400 }, // before the paint at 300: 100 ms after it, 50 blocking
      { start: 500, duration: 120 }, // 70 blocking
      { start: 900, duration: 50 }, // exactly 50: not blocking
    ];
    expect(blockingTimeAfter(300, tasks)).toBe(120);
  });

  it('is unknown without a first paint, and zero without long tasks', () => {
    expect(blockingTimeAfter(null, [{ start: 0, duration: 500 }])).toBeNull();
    expect(blockingTimeAfter(100, [])).toBe(0);
  });
});
