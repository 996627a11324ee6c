import type { ResourceKind } from './network';
import type { Sample } from './sample';
import { median } from './stats';
import type { DeepLinkKey, TargetSet } from './targets';

export type Unit = 'ms' | 'KiB' | 'MB' | 'count' | 'score';

/** A limit on the app's figure (`max`, `below`) or on its ratio to the baseline (`ratio`). */
export type Budget = { kind: 'ratio' | 'max' | 'below'; limit: number };

export type Row = {
  scale: string;
  metric: string;
  unit: Unit;
  app: number | null;
  baseline: number | null;
  ratio: number | null;
  budget: Budget | null;
  pass: boolean | null;
  note: string;
};

export type SampleSet = Partial<Record<keyof TargetSet, Sample[]>> & { baseline: Sample[]; app: Sample[] };

const KIB = 1024;

function check(budget: Budget | null, app: number | null, ratio: number | null): boolean | null {
  if (!budget) return null;
  if (budget.kind === 'ratio') return ratio !== null && ratio <= budget.limit;
  if (app === null) return false;
  return budget.kind === 'max' ? app <= budget.limit : app < budget.limit;
}

function row(
  scale: string,
  metric: string,
  unit: Unit,
  app: number | null,
  baseline: number | null,
  budget: Budget | null = null,
  note = '',
): Row {
  const ratio = app !== null && baseline !== null && baseline > 0 ? app / baseline : null;
  return { scale, metric, unit, app, baseline, ratio, budget, pass: check(budget, app, ratio), note };
}

function missing(samples: Sample[], read: (s: Sample) => number | null): string {
  const absent = samples.filter((s) => read(s) === null).length;
  return absent === 0 ? '' : `${absent} of ${samples.length} samples had no value`;
}

/** What one measure is: an article at its size, or the article list. */
export type MeasureKind = 'article' | 'large article' | 'list';

type Limits = {
  textRatio: number | null;
  deepRatio: number | null;
  interactionMs: number | null;
  jsKiB: number | null;
  blockingMs: number | null;
};

/**
 * The budgets of issue 21 (and 9's JS and interaction budgets): an article's text at most 1.25×
 * the static page's time (2× at 50×), deep links 1.5×, the main thread free enough to answer a
 * tap (blocking time ≤ 200 ms, at 1× and at 50×), interactions at 50× within 100 ms. Layout
 * shift, below.
 */
export function limitsFor(kind: MeasureKind): Limits {
  if (kind === 'article')
    return { textRatio: 1.25, deepRatio: 1.5, interactionMs: null, jsKiB: 120, blockingMs: 200 };
  if (kind === 'large article')
    return { textRatio: 2, deepRatio: 1.5, interactionMs: 100, jsKiB: null, blockingMs: 200 };
  return { textRatio: null, deepRatio: null, interactionMs: null, jsKiB: null, blockingMs: null };
}

const ratioBudget = (limit: number | null): Budget | null =>
  limit === null ? null : { kind: 'ratio', limit };
const maxBudget = (limit: number | null): Budget | null => (limit === null ? null : { kind: 'max', limit });

function loadRows(scale: string, s: SampleSet, limits: Limits): Row[] {
  const med = (list: Sample[], read: (x: Sample) => number | null) => median(list.map(read));
  const both = (
    metric: string,
    read: (x: Sample) => number | null,
    unit: Unit,
    budget: Budget | null = null,
  ) => row(scale, metric, unit, med(s.app, read), med(s.baseline, read), budget, missing(s.app, read));
  const baseText = med(s.baseline, (x) => x.timeToText);
  const deep = (key: DeepLinkKey): Row[] => {
    const samples = s[key];
    if (!samples) return [];
    const target = samples[0]?.focusedIds ?? [];
    const note = missing(samples, (x) => x.focusedAt);
    const seen = note && target.length > 0 ? `; focus went to #${target.filter(Boolean).join(', #')}` : '';
    return [
      row(
        scale,
        `${key.replace('-', ' link ')} focused`,
        'ms',
        med(samples, (x) => x.focusedAt),
        baseText,
        ratioBudget(limits.deepRatio),
        `${note}${seen}`,
      ),
      row(
        scale,
        `${key.replace('-', ' link ')} layout shift`,
        'score',
        med(samples, (x) => x.cls),
        med(s.baseline, (x) => x.cls),
        { kind: 'below', limit: 0.02 },
      ),
    ];
  };
  // The floor: the same text with 0.3 KB of CSS, no reader styles (no budget: for the record).
  const minimal = s.minimal
    ? [
        row(
          scale,
          'time to full text vs minimal page',
          'ms',
          med(s.app, (x) => x.timeToText),
          med(s.minimal, (x) => x.timeToText),
          null,
          `baseline ${((baseText ?? 0) / (med(s.minimal, (x) => x.timeToText) ?? 1)).toFixed(2)}× minimal`,
        ),
      ]
    : [];
  return [
    both('time to full text', (x) => x.timeToText, 'ms', ratioBudget(limits.textRatio)),
    ...minimal,
    both('first contentful paint', (x) => x.fcp, 'ms'),
    both('largest contentful paint', (x) => x.lcp, 'ms'),
    both('cumulative layout shift', (x) => x.cls, 'score', { kind: 'below', limit: 0.02 }),
    both('long-task time', (x) => x.longTaskMs, 'ms'),
    both('blocking time after first paint', (x) => x.blockingMs, 'ms', maxBudget(limits.blockingMs)),
    ...deep('deep-quote'),
    ...deep('deep-attribution'),
    both('JS heap after load', (x) => (x.heapBytes === null ? null : x.heapBytes / 1e6), 'MB'),
  ];
}

function byteRows(scale: string, s: SampleSet, limits: Limits): Row[] {
  const kinds: ResourceKind[] = ['js', 'css', 'json', 'html', 'other'];
  const kib = (list: Sample[], kind: ResourceKind | 'total', initial = false) =>
    median(list.map((x) => (initial ? x.initialNetwork : x.network)[kind] / KIB));
  const budget: Budget | null = limits.jsKiB === null ? null : { kind: 'max', limit: limits.jsKiB };
  const rows = kinds.map((kind) =>
    row(scale, `${kind.toUpperCase()} transferred`, 'KiB', kib(s.app, kind), kib(s.baseline, kind)),
  );
  const requests = (list: Sample[]) => median(list.map((x) => x.network.requests));
  return [
    // The budget's measure: asked for before the text was painted, not preloaded when idle.
    row(
      scale,
      'initial JS (before the text)',
      'KiB',
      kib(s.app, 'js', true),
      kib(s.baseline, 'js', true),
      budget,
    ),
    ...rows,
    row(scale, 'all transferred', 'KiB', kib(s.app, 'total'), kib(s.baseline, 'total')),
    row(scale, 'requests', 'count', requests(s.app), requests(s.baseline)),
  ];
}

function interactionRows(scale: string, s: SampleSet, limits: Limits): Row[] {
  const names = [...new Set(s.app.flatMap((x) => Object.keys(x.interactions)))];
  const budget: Budget | null =
    limits.interactionMs === null ? null : { kind: 'max', limit: limits.interactionMs };
  return names.map((name) => {
    const results = s.app.map((x) => x.interactions[name]);
    const skipped = results.find((r) => r && 'skipped' in r);
    if (skipped && 'skipped' in skipped)
      return row(scale, `interaction: ${name}`, 'ms', null, null, null, `skipped: ${skipped.skipped}`);
    const failed = results.flatMap((r) => (r && 'failed' in r ? [r.failed] : []));
    const latency = median(results.map((r) => (r && 'latency' in r ? r.latency : null)));
    const timed = results.filter((r) => r && 'latency' in r).length;
    const note = failed.length > 0 ? `${failed.length} failed: ${failed[0] ?? ''}` : `${timed} samples`;
    const result = row(scale, `interaction: ${name}`, 'ms', latency, null, budget, note);
    return failed.length > 0 ? { ...result, pass: budget ? false : null } : result;
  });
}

export function summarize(scale: string, samples: SampleSet, kind: MeasureKind): Row[] {
  const limits = limitsFor(kind);
  return [
    ...loadRows(scale, samples, limits),
    ...byteRows(scale, samples, limits),
    ...interactionRows(scale, samples, limits),
  ];
}
