/** What the page reports (all times in ms from navigation start, `performance.now()`). */
export type ProbeState = {
  /** The last piece of text (an element matching the selector, with the expected words) was first in the DOM. */
  textInDomAt: number | null;
  /** …and the frame that showed it had been painted (rAF, then a message posted from it). */
  textPaintedAt: number | null;
  fcp: number | null;
  lcp: number | null;
  cls: number;
  longTaskMs: number;
  longTasks: number;
  /** Each long task's start and duration, for the blocking time after the first paint. */
  longTaskList: { start: number; duration: number }[];
  /** The deep link's target took focus (a `focusin` on the element with that id). */
  focusedAt: number | null;
  focusedIds: string[];
  /** Event Timing entries (≥ 16 ms) since the last `resetInteraction`. */
  events: { name: string; duration: number; interactionId: number }[];
  /** Our own input-to-next-paint for each input event since the last `resetInteraction`. */
  inputs: { name: string; start: number; paintedAt: number | null }[];
};

/** `textSelector`: the element whose text (`needle`) ends the page's text: a paragraph, a list's last entry. */
export type ProbeConfig = { textSelector: string; needle: string; focusTarget: string | null };

/**
 * Installed before any of the page's own script runs (Playwright `addInitScript`), so it sees
 * every DOM insertion and every performance entry. Self-contained: it is sent as source text.
 */
export function installProbe(config: ProbeConfig): void {
  const state: ProbeState = {
    textInDomAt: null,
    textPaintedAt: null,
    fcp: null,
    lcp: null,
    cls: 0,
    longTaskMs: 0,
    longTasks: 0,
    longTaskList: [],
    focusedAt: null,
    focusedIds: [],
    events: [],
    inputs: [],
  };
  Object.assign(window, { __bench: state, __benchReset: () => ((state.events = []), (state.inputs = [])) });
  // The next paint: a rAF callback runs just before the frame is drawn, a task posted from it
  // runs just after. At user-blocking priority where the browser has `scheduler.postTask`, so
  // that a page's own queued work (say, evaluating a script that arrived meanwhile) does not
  // run first and count as paint time; otherwise a message, handled in turn.
  const scheduler = (window as { scheduler?: { postTask?: (task: () => void, o: object) => unknown } })
    .scheduler;
  const afterNextPaint = (done: (time: number) => void) =>
    requestAnimationFrame(() => {
      if (scheduler?.postTask) {
        void scheduler.postTask(
          () => {
            done(performance.now());
          },
          { priority: 'user-blocking' },
        );
        return;
      }
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        done(performance.now());
      };
      channel.port2.postMessage(null);
    });

  const watcher = new MutationObserver(() => {
    const element = document.querySelector(config.textSelector);
    if (!element?.textContent.includes(config.needle)) return;
    watcher.disconnect();
    state.textInDomAt = performance.now();
    afterNextPaint((time) => (state.textPaintedAt = time));
  });
  watcher.observe(document, { childList: true, subtree: true, characterData: true });

  const observe = (type: string, take: (entry: PerformanceEntry) => void, extra = {}) => {
    try {
      new PerformanceObserver((list) => {
        list.getEntries().forEach(take);
      }).observe({ type, buffered: true, ...extra });
    } catch {
      // An entry type this browser lacks is reported as missing (null), not as a failure.
    }
  };
  observe('paint', (e) => {
    if (e.name === 'first-contentful-paint') state.fcp = e.startTime;
  });
  observe('largest-contentful-paint', (e) => (state.lcp = e.startTime));
  observe('layout-shift', (e) => {
    const shift = e as PerformanceEntry & { value: number; hadRecentInput: boolean };
    if (!shift.hadRecentInput) state.cls += shift.value;
  });
  observe('longtask', (e) => {
    state.longTaskMs += e.duration;
    state.longTasks += 1;
    state.longTaskList.push({ start: e.startTime, duration: e.duration });
  });
  observe(
    'event',
    (e) => {
      const { interactionId } = e as PerformanceEntry & { interactionId: number };
      state.events.push({ name: e.name, duration: e.duration, interactionId });
    },
    { durationThreshold: 16 },
  );

  for (const name of ['pointerdown', 'pointerup', 'click', 'keydown', 'keyup', 'input']) {
    window.addEventListener(
      name,
      (event) => {
        const input = { name, start: event.timeStamp, paintedAt: null as number | null };
        state.inputs.push(input);
        afterNextPaint((time) => (input.paintedAt = time));
      },
      { capture: true },
    );
  }
  window.addEventListener(
    'focusin',
    (event) => {
      const id = event.target instanceof Element ? event.target.id : '';
      state.focusedIds.push(id);
      if (id === config.focusTarget && state.focusedAt === null) state.focusedAt = performance.now();
    },
    { capture: true },
  );
}

/** The init script's source: the probe plus a no-op for the `__name` helper tsx's compiler adds. */
export function probeScript(config: ProbeConfig): string {
  return `globalThis.__name ??= (f) => f;\n(${installProbe.toString()})(${JSON.stringify(config)});`;
}
