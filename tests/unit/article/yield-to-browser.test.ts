import { afterEach, describe, expect, it, vi } from 'vitest';
import { yieldToBrowser } from '../../../src/article/yield-to-browser';

describe('yieldToBrowser: the rest of the work in a task of its own', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('resumes after a task queued before it (a timer), not as a microtask', async () => {
    const order: string[] = [];
    setTimeout(() => order.push('queued task'), 0);
    void Promise.resolve().then(() => order.push('microtask'));
    await yieldToBrowser();
    order.push('resumed');
    expect(order).toEqual(['microtask', 'queued task', 'resumed']);
  });

  it('uses scheduler.yield where the browser has it', async () => {
    const schedulerYield = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: schedulerYield });
    await yieldToBrowser();
    expect(schedulerYield).toHaveBeenCalledOnce();
  });
});
