import { blockingTimeAfter } from '../../tools/blocking-time';
import { evaluate, launchFresh, type BrowserSettings } from './browser';
import { runAbInteractions, runInteractions, type InteractionResult } from './interactions';
import { trackNetwork, type NetworkTotals } from './network';
import { probeScript, type ProbeConfig, type ProbeState } from './probe';
import { pollFor, sleep } from './wait';

/** One page to load: the app, its static baseline, or a deep link into the app. */
export type Target = {
  name: string;
  url: string;
  probe: ProbeConfig;
  /** What ends the wait: the last paragraph painted, or the deep link's target focused. */
  waitFor: 'text' | 'focus';
  /** All the reader's interactions, or only the A/B run's (the first card, the negotiation view). */
  interactions: boolean | 'ab';
};

export type Sample = {
  timeToText: number | null;
  textInDom: number | null;
  fcp: number | null;
  lcp: number | null;
  cls: number;
  longTaskMs: number;
  longTasks: number;
  /** Long tasks' time past 50 ms each after the first contentful paint (total blocking time). */
  blockingMs: number | null;
  focusedAt: number | null;
  focusedIds: string[];
  /** Everything the page loaded by the end of the sample, interactions included. */
  network: NetworkTotals;
  /** What it asked for before its text was painted (network.ts): the initial JavaScript's measure. */
  initialNetwork: NetworkTotals;
  heapBytes: number | null;
  interactions: Record<string, InteractionResult>;
  errors: string[];
};

export type SampleOptions = BrowserSettings & { timeoutMs: number; settleMs: number };

async function heapAfterGc(session: Awaited<ReturnType<typeof launchFresh>>): Promise<number> {
  await session.cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/** Loads the target once in a fresh browser and reads what the probe saw. */
export async function runSample(target: Target, options: SampleOptions): Promise<Sample> {
  const session = await launchFresh(options);
  const errors: string[] = [];
  try {
    session.page.on('pageerror', (error) => errors.push(error.message));
    session.page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await session.context.addInitScript({ content: probeScript(target.probe) });
    const network = trackNetwork(session.cdp);
    await sleep(300); // let the new browser finish starting up
    await session.page.goto(target.url, { waitUntil: 'commit' });
    const field = target.waitFor === 'text' ? 'textPaintedAt' : 'focusedAt';
    const done = await pollFor(
      () => evaluate<number | null>(session.cdp, `window.__bench && window.__bench.${field}`),
      options.timeoutMs,
    );
    if (done === null) errors.push(`timed out after ${options.timeoutMs} ms waiting for ${field}`);
    await sleep(options.settleMs);
    const state = await evaluate<ProbeState>(session.cdp, 'window.__bench');
    const heapBytes = await heapAfterGc(session);
    const interactions =
      target.interactions === 'ab'
        ? await runAbInteractions(session.page, session.cdp)
        : target.interactions
          ? await runInteractions(session.page, session.cdp)
          : {};
    return {
      timeToText: state.textPaintedAt,
      textInDom: state.textInDomAt,
      fcp: state.fcp,
      lcp: state.lcp,
      cls: state.cls,
      longTaskMs: state.longTaskMs,
      longTasks: state.longTasks,
      blockingMs: blockingTimeAfter(state.fcp, state.longTaskList),
      focusedAt: state.focusedAt,
      focusedIds: state.focusedIds,
      network: network(),
      initialNetwork: network(state.textPaintedAt ?? undefined),
      heapBytes,
      interactions,
      errors,
    };
  } finally {
    await session.close();
  }
}
