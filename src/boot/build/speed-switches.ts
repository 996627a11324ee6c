import { parseSpeedOff, type SpeedMeasureId } from '../speed-measures';

/** The build-time switch: `PROVENANCE_SPEED_OFF=id1,id2 npm run build` leaves those measures out. */
export function readSpeedSwitches(env: NodeJS.ProcessEnv): SpeedMeasureId[] {
  return parseSpeedOff(env.PROVENANCE_SPEED_OFF);
}

/** What the app reads (speedMeasureOn): Vite's `define`, also given to the build's pre-render. */
export function speedDefine(off: readonly SpeedMeasureId[]): Record<string, string> {
  return { __PV_SPEED_OFF__: JSON.stringify(off.join(',')) };
}
