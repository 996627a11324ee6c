import { describe, expect, it } from 'vitest';
import { pickMeasures, readOptions } from '../../../scripts/bench/options';

const measures = [{ label: '1×' }, { label: '1× page' }, { label: '50× page' }, { label: 'list of 300' }];

describe('the bench’s --only flag', () => {
  it('reads labels from the flag or the environment, the flag first', () => {
    expect(readOptions(['--only=50×, list'], {}).only).toEqual(['50×', 'list']);
    expect(readOptions([], { BENCH_ONLY: '1×' }).only).toEqual(['1×']);
    expect(readOptions(['--only=list'], { BENCH_ONLY: '1×' }).only).toEqual(['list']);
    expect(readOptions([], {}).only).toEqual([]);
  });

  it('keeps the measures whose label starts with a name, all of them when none is named', () => {
    expect(pickMeasures(measures, ['50×', 'list']).map((m) => m.label)).toEqual(['50× page', 'list of 300']);
    expect(pickMeasures(measures, ['1×']).map((m) => m.label)).toEqual(['1×', '1× page']);
    expect(pickMeasures(measures, [])).toEqual(measures);
  });

  it('names the measures there are when the flag matches none', () => {
    expect(() => pickMeasures(measures, ['10×'])).toThrow(
      /--only=10× names no measure of 1×, 1× page, 50× page/,
    );
  });
});
