/**
 * The reader's speed measures, each of which a build can leave out (`PROVENANCE_SPEED_OFF=ID,…`,
 * read in build/speed-switches.ts), so that a bench variant differs from the default build in
 * exactly one of them and shows what that one buys (`npm run bench -- --ab`, docs/performance.md).
 * A measure whose effect was within the noise is removed, not listed.
 */
export const SPEED_MEASURES = [
  {
    id: 'content-visibility',
    label: 'content-visibility runs',
    does: 'runs of blocks far from the viewport are neither laid out nor painted',
  },
  {
    id: 'blocking-boot',
    label: 'render-blocking boot',
    does: 'boot.js runs before the first frame: hides a wrong article, focuses a deep link',
  },
  {
    id: 'hydrate-slices',
    label: 'hydration in slices',
    does: 'the header and each run of blocks hydrate in a Suspense boundary of their own, the rail in a transition',
  },
  {
    id: 'eager-compile',
    label: 'eager compile',
    does: "the app's entry chunk carries V8's compile hint: compiled off the main thread as it downloads",
  },
  {
    id: 'page-ahead',
    label: 'page drawn ahead',
    does: 'the negotiation view is drawn out of sight while the pointer rests on a link to it or the link has focus: the click only shows it',
  },
  {
    id: 'deferred-start',
    label: 'deferred start',
    does: "the app's script downloads and runs after the first frame (start.js), not with the page",
  },
] as const;

export type SpeedMeasureId = (typeof SPEED_MEASURES)[number]['id'];

function isSpeedMeasureId(id: string): id is SpeedMeasureId {
  return SPEED_MEASURES.some((measure) => measure.id === id);
}

/** `a,b` → the measures named; an unknown name is an error naming it and the known ones. */
export function parseSpeedOff(text: string | undefined, what = 'PROVENANCE_SPEED_OFF'): SpeedMeasureId[] {
  const named = (text ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  const unknown = named.filter((id) => !isSpeedMeasureId(id));
  if (unknown.length > 0)
    throw new Error(
      `${what}: no speed measure "${unknown.join('", "')}"; known: ${SPEED_MEASURES.map((measure) => measure.id).join(', ')}`,
    );
  return [...new Set(named.filter(isSpeedMeasureId))];
}

// Replaced by the build (vite.config.ts `define`) with the measures switched off, `a,b`, named
// checked there; absent (the unit tests' default) means every measure is on. Read without the
// list above, so that the list's text stays out of the app's bundle (its JS budget is tight).
declare const __PV_SPEED_OFF__: string | undefined;
const OFF = (typeof __PV_SPEED_OFF__ === 'string' ? __PV_SPEED_OFF__ : '').split(',');

/** Whether this build keeps the measure (every measure but those PROVENANCE_SPEED_OFF names). */
export function speedMeasureOn(id: SpeedMeasureId): boolean {
  return !OFF.includes(id);
}
