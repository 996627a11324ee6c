import type { CDPSession, Locator, Page } from 'playwright-core';
import { evaluate } from './browser';
import type { ProbeState } from './probe';
import { pollFor, sleep } from './wait';

export type InteractionResult =
  | {
      /** Input to next paint: Event Timing's duration (as INP counts it), else our own measure. */
      latency: number;
      eventTiming: number | null;
      ownMeasure: number | null;
    }
  | { skipped: string }
  | { failed: string };

type Latency = Extract<InteractionResult, { latency: number }>;

/** Long enough for a slow render at scale to finish and be measured rather than cut off. */
const ACTION_TIMEOUT = 300_000;

async function measure(page: Page, cdp: CDPSession, act: () => Promise<void>): Promise<Latency> {
  await evaluate(cdp, 'window.__benchReset()');
  await act();
  await pollFor(
    async () =>
      (await evaluate<boolean>(cdp, 'window.__bench.inputs.every((i) => i.paintedAt !== null)')) || null,
    ACTION_TIMEOUT,
  );
  // Event Timing entries are delivered after the paint they end at.
  await page.waitForTimeout(300);
  const { events, inputs } = await evaluate<Pick<ProbeState, 'events' | 'inputs'>>(
    cdp,
    '({ events: window.__bench.events, inputs: window.__bench.inputs })',
  );
  const timed = events.filter((e) => e.interactionId > 0).map((e) => e.duration);
  const own = inputs.flatMap((i) => (i.paintedAt === null ? [] : [i.paintedAt - i.start]));
  const eventTiming = timed.length > 0 ? Math.max(...timed) : null;
  const ownMeasure = own.length > 0 ? Math.max(...own) : null;
  // Event Timing omits interactions under 16 ms; then ours is the figure.
  return { latency: eventTiming ?? ownMeasure ?? Number.NaN, eventTiming, ownMeasure };
}

/** Waits until work already queued (say, a re-render on hover) has been done and painted. */
async function settled(cdp: CDPSession): Promise<void> {
  await cdp.send('Runtime.evaluate', {
    expression: 'new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))',
    awaitPromise: true,
  });
  await sleep(200);
}

/**
 * A click, after the pointer has rested on the target (so hover work is not counted). The click
 * itself is plain mouse input at the target's centre: Playwright's `locator.click()` runs its own
 * checks in the page during the input (a hit-target listener calling `elementsFromPoint`), which
 * would be counted as the page's latency.
 */
async function click(page: Page, cdp: CDPSession, target: Locator): Promise<Latency> {
  await target.scrollIntoViewIfNeeded({ timeout: ACTION_TIMEOUT });
  await target.hover({ timeout: ACTION_TIMEOUT });
  const box = await target.boundingBox({ timeout: ACTION_TIMEOUT });
  if (!box) throw new Error('the control to click is not visible');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await settled(cdp);
  return measure(page, cdp, () => page.mouse.click(x, y));
}

/** Types `text` one key at a time; the slowest key is the figure. */
async function type(page: Page, cdp: CDPSession, field: Locator, text: string): Promise<Latency> {
  await field.click({ timeout: ACTION_TIMEOUT });
  await settled(cdp);
  const keys: Latency[] = [];
  for (const key of text) keys.push(await measure(page, cdp, () => page.keyboard.press(key)));
  return keys.reduce((worst, key) => (key.latency > worst.latency ? key : worst));
}

/**
 * A click timed to the first paint after `ready` (a page expression) holds, as well as to the
 * next paint: opening a view that loads its code, or a filter that re-renders in a transition,
 * may paint something sooner than what the reader asked for. `ready` must be false before.
 */
async function clickUntil(page: Page, cdp: CDPSession, target: Locator, ready: string): Promise<Latency> {
  await evaluate(
    cdp,
    `(() => {
      window.__benchReady = null;
      const check = () => {
        if (!(${ready})) return false;
        requestAnimationFrame(() => setTimeout(() => { window.__benchReady = performance.now(); }, 0));
        return true;
      };
      const observer = new MutationObserver(() => { if (check()) observer.disconnect(); });
      observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true });
    })()`,
  );
  const timed = await click(page, cdp, target);
  await pollFor(async () => evaluate<number | null>(cdp, 'window.__benchReady'), ACTION_TIMEOUT);
  const start = await evaluate<number>(cdp, 'window.__bench.inputs[0]?.start ?? NaN');
  const shown = (await evaluate<number>(cdp, 'window.__benchReady')) - start;
  // Held before the click (the page drew what the click waits for ahead of it): not a time.
  if (shown < 0) throw new Error(`ready before the click, so it cannot be timed: ${ready}`);
  return { ...timed, latency: Math.max(timed.latency, shown), ownMeasure: shown };
}

export const OPEN_NEGOTIATION_VIEW = 'open negotiation view';

/** The negotiation view opened from the article's header, to the paint that shows its first row. */
async function openNegotiationView(page: Page, cdp: CDPSession): Promise<InteractionResult> {
  const link = page.getByRole('link', { name: /^Negotiation view/ });
  if (!(await present(link))) return { skipped: 'no negotiation view link in this build' };
  // A row shown: not one of a page drawn ahead of the click, nor of the idle rehearsal.
  return attempt(() =>
    clickUntil(
      page,
      cdp,
      link.first(),
      "document.querySelector('.pv-neg-row:not([data-ahead] *, .pv-rehearsal *)') !== null",
    ),
  );
}

/**
 * The negotiation view: opened from the article's header (its code, layout and first rows),
 * then scrolled (its longest frame), then its filters opened and one side chosen alone ("only"),
 * each to the paint that shows it.
 */
async function negotiation(page: Page, cdp: CDPSession, results: Record<string, InteractionResult>) {
  results[OPEN_NEGOTIATION_VIEW] = await openNegotiationView(page, cdp);
  if (!('latency' in results[OPEN_NEGOTIATION_VIEW])) return;
  results['scroll negotiation view (longest frame)'] = await attempt(() => scrollFrames(page, cdp));
  const opener = page.getByRole('button', { name: 'Filter events', expanded: false });
  if (await present(opener))
    results['open negotiation filters'] = await attempt(() => click(page, cdp, opener.first()));
  const only = page.getByRole('button', { name: /^Only / }).nth(1);
  results['filter negotiation view'] = (await present(only))
    ? await attempt(() =>
        clickUntil(page, cdp, only, "document.querySelectorAll('.pv-neg-head').length === 1"),
      )
    : { skipped: 'no “only” button in the negotiation view' };
}

/**
 * Scrolls the page down with the wheel (40 steps of 240 px, 50 ms apart: a brisk flick through
 * a long view) and gives the longest frame meanwhile, from one `requestAnimationFrame` to the
 * next: a frame over 16.7 ms is a dropped one. Then back to the top, settled.
 */
async function scrollFrames(page: Page, cdp: CDPSession): Promise<Latency> {
  await evaluate(
    cdp,
    `(() => {
      window.__benchFrames = [];
      window.__benchStop = false;
      const tick = (t) => {
        window.__benchFrames.push(t);
        if (!window.__benchStop) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    })()`,
  );
  await page.mouse.move(640, 450);
  for (let i = 0; i < 40; i += 1) {
    await page.mouse.wheel(0, 240);
    await sleep(50);
  }
  await evaluate(cdp, 'window.__benchStop = true');
  const frames = await evaluate<number[]>(cdp, 'window.__benchFrames');
  const gaps = frames.slice(1).map((t, i) => t - (frames[i] ?? t));
  const longest = gaps.length > 0 ? Math.max(...gaps) : Number.NaN;
  await evaluate(cdp, 'window.scrollTo(0, 0)');
  await settled(cdp);
  return { latency: longest, eventTiming: null, ownMeasure: longest };
}

/** A failed or timed-out interaction is a result (a budget miss), not the end of the run. */
async function attempt(run: () => Promise<Latency>): Promise<InteractionResult> {
  try {
    return await run();
  } catch (error) {
    return { failed: error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error) };
  }
}

async function present(locator: Locator): Promise<boolean> {
  return (await locator.count()) > 0;
}

function openPanel(page: Page): Locator {
  return page.locator('[role="tabpanel"]:not([hidden])');
}

/** Opens a rail tab, then uses the first filter control it finds in the panel. */
async function tabAndFilter(
  page: Page,
  cdp: CDPSession,
  tabName: string,
  results: Record<string, InteractionResult>,
): Promise<void> {
  const key = tabName.toLowerCase();
  const tab = page.getByRole('tab', { name: tabName, exact: true });
  if (!(await present(tab))) {
    const skipped = `no tab named ${tabName} in this build`;
    results[`open ${key} tab`] = { skipped };
    results[`filter ${key}`] = { skipped };
    return;
  }
  results[`open ${key} tab`] = await attempt(() => click(page, cdp, tab.first()));
  const panel = openPanel(page);
  // Panels load their code on demand: wait for the panel's controls before looking for them.
  await panel
    .locator('input, button')
    .first()
    .waitFor({ timeout: ACTION_TIMEOUT })
    .catch(() => undefined);
  const checkbox = panel.getByRole('checkbox');
  const search = panel.getByRole('searchbox');
  // Filters may sit behind a disclosure ("Filter events"): opening it is an interaction too.
  const opener = panel.getByRole('button', { name: /filter/i, expanded: false });
  if (!(await present(checkbox)) && !(await present(search)) && (await present(opener)))
    results[`open ${key} filters`] = await attempt(() => click(page, cdp, opener.first()));
  if (await present(checkbox))
    results[`filter ${key}`] = await attempt(() => click(page, cdp, checkbox.first()));
  else if (await present(search))
    results[`filter ${key}`] = await attempt(() => type(page, cdp, search.first(), 'tra'));
  else results[`filter ${key}`] = { skipped: `no checkbox or search box in the ${tabName} panel` };
}

export const EXPAND_SOURCE_CARD = 'expand source card';

/** The first source card expanded: the first card the reader opens. */
export async function expandSourceCard(page: Page, cdp: CDPSession): Promise<InteractionResult> {
  const toggle = page.locator('.pv-source-toggle');
  return (await present(toggle))
    ? attempt(() => click(page, cdp, toggle.first()))
    : { skipped: 'no .pv-source-toggle on the page' };
}

/**
 * The A/B run's interactions: the first source card, then, once the reader has had the time the
 * full run's timeline and quotes interactions give it (it loads the view's code when idle), the
 * negotiation view opened.
 */
export async function runAbInteractions(
  page: Page,
  cdp: CDPSession,
): Promise<Record<string, InteractionResult>> {
  const card = await expandSourceCard(page, cdp);
  await sleep(4000);
  return { [EXPAND_SOURCE_CARD]: card, [OPEN_NEGOTIATION_VIEW]: await openNegotiationView(page, cdp) };
}

/**
 * The interactions a reader makes, each timed from input to next paint: expanding the first
 * source card, then the timeline and the quotes index, each opened and filtered, then the
 * negotiation view opened and filtered (skipped with a note when this build has no such tab or
 * control).
 */
export async function runInteractions(
  page: Page,
  cdp: CDPSession,
): Promise<Record<string, InteractionResult>> {
  const results: Record<string, InteractionResult> = {};
  results[EXPAND_SOURCE_CARD] = await expandSourceCard(page, cdp);
  await tabAndFilter(page, cdp, 'Timeline', results);
  await tabAndFilter(page, cdp, 'Quotes', results);
  await negotiation(page, cdp, results);
  return results;
}
