import type { ResourceKind } from './network';
import type { Sample } from './sample';
import { median } from './stats';
import type { TargetSet } from './targets';

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

export type SampleSet = Record<keyof TargetSet, Sample[]>;

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

type Limits = { textRatio: number; interactionMs: number | null; jsKiB: number | null };

/** The budgets of issue 9: the first scale carries the JS budget, the large one the interaction budget. */
export function limitsFor(scaleIndex: number): Limits {
  return scaleIndex === 0
    ? { textRatio: 1.5, interactionMs: null, jsKiB: 120 }
    : { textRatio: 3, interactionMs: 100, jsKiB: null };
}

function loadRows(scale: string, s: SampleSet, limits: Limits): Row[] {
  const med = (list: Sample[], read: (x: Sample) => number | null) => median(list.map(read));
  const both = (
    metric: string,
    read: (x: Sample) => number | null,
    unit: Unit,
    budget: Budget | null = null,
  ) => row(scale, metric, unit, med(s.app, read), med(s.baseline, read), budget, missing(s.app, read));
  const baseText = med(s.baseline, (x) => x.timeToText);
  const deep = (key: 'deep-quote' | 'deep-attribution') => {
    const target = s[key][0]?.focusedIds ?? [];
    const note = missing(s[key], (x) => x.focusedAt);
    const seen = note && target.length > 0 ? `; focus went to #${target.filter(Boolean).join(', #')}` : '';
    return row(
      scale,
      `${key.replace('-', ' link ')} focused`,
      'ms',
      med(s[key], (x) => x.focusedAt),
      baseText,
      { kind: 'ratio', limit: 2.5 },
      `${note}${seen}`,
    );
  };
  return [
    both('time to full text', (x) => x.timeToText, 'ms', { kind: 'ratio', limit: limits.textRatio }),
    both('first contentful paint', (x) => x.fcp, 'ms'),
    both('largest contentful paint', (x) => x.lcp, 'ms'),
    both('cumulative layout shift', (x) => x.cls, 'score', { kind: 'below', limit: 0.02 }),
    both('long-task time', (x) => x.longTaskMs, 'ms'),
    deep('deep-quote'),
    deep('deep-attribution'),
    both('JS heap after load', (x) => (x.heapBytes === null ? null : x.heapBytes / 1e6), 'MB'),
  ];
}

function byteRows(scale: string, s: SampleSet, limits: Limits): Row[] {
  const kinds: ResourceKind[] = ['js', 'css', 'json', 'html', 'other'];
  const kib = (list: Sample[], kind: ResourceKind | 'total') =>
    median(list.map((x) => x.network[kind] / KIB));
  const rows = kinds.map((kind) =>
    row(
      scale,
      `${kind.toUpperCase()} transferred`,
      'KiB',
      kib(s.app, kind),
      kib(s.baseline, kind),
      kind === 'js' && limits.jsKiB !== null ? { kind: 'max', limit: limits.jsKiB } : null,
    ),
  );
  const requests = (list: Sample[]) => median(list.map((x) => x.network.requests));
  return [
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

export function summarize(scale: string, samples: SampleSet, scaleIndex: number): Row[] {
  const limits = limitsFor(scaleIndex);
  return [
    ...loadRows(scale, samples, limits),
    ...byteRows(scale, samples, limits),
    ...interactionRows(scale, samples, limits),
  ];
}
