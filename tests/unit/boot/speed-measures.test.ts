import { describe, expect, it } from 'vitest';
import { parseSpeedOff, speedMeasureOn, SPEED_MEASURES } from '../../../src/boot/speed-measures';
import { readSpeedSwitches, speedDefine } from '../../../src/boot/build/speed-switches';

const ids = SPEED_MEASURES.map((measure) => measure.id);

describe('the speed measures’ build switch', () => {
  it('reads the measures named, once each, and none when empty', () => {
    expect(parseSpeedOff(` ${ids.join(' , ')},${ids[0]} `)).toEqual(ids);
    expect(parseSpeedOff('')).toEqual([]);
    expect(parseSpeedOff(undefined)).toEqual([]);
    expect(readSpeedSwitches({ PROVENANCE_SPEED_OFF: 'blocking-boot' })).toEqual(['blocking-boot']);
  });

  it('names an unknown measure and the known ones', () => {
    expect(() => parseSpeedOff('blocking-boot,warp-drive')).toThrow(
      `PROVENANCE_SPEED_OFF: no speed measure "warp-drive"; known: ${ids.join(', ')}`,
    );
    expect(() => readSpeedSwitches({ PROVENANCE_SPEED_OFF: 'nope' })).toThrow(/"nope"/);
  });

  it('gives the app the measures off as one string, and keeps every measure by default', () => {
    expect(speedDefine(['blocking-boot'])).toEqual({ __PV_SPEED_OFF__: '"blocking-boot"' });
    for (const id of ids) expect(speedMeasureOn(id)).toBe(true);
  });
});
