import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Budget, Row, Unit } from './summary';

const DIGITS: Record<Unit, number> = { ms: 0, KiB: 1, MB: 1, count: 0, score: 3 };

function figure(value: number | null, unit: Unit): string {
  if (value === null) return '—';
  const number = value.toFixed(DIGITS[unit]);
  return unit === 'score' || unit === 'count' ? number : `${number} ${unit}`;
}

export function budgetText(budget: Budget | null, unit: Unit): string {
  if (!budget) return '';
  if (budget.kind === 'ratio') return `≤ ${budget.limit}× base`;
  return `${budget.kind === 'max' ? '≤' : '<'} ${figure(budget.limit, unit)}`;
}

function cells(row: Row): string[] {
  return [
    row.scale,
    row.metric,
    figure(row.app, row.unit),
    figure(row.baseline, row.unit),
    row.ratio === null ? '' : `${row.ratio.toFixed(2)}×`,
    budgetText(row.budget, row.unit),
    row.pass === null ? '' : row.pass ? 'pass' : 'FAIL',
    row.note,
  ];
}

/** A plain-text table: metric, app median, baseline median, ratio, budget, pass/fail, note. */
export function formatTable(rows: Row[]): string {
  const header = ['scale', 'metric', 'app (median)', 'baseline', 'ratio', 'budget', 'result', 'note'];
  const lines = [header, ...rows.map(cells)];
  const widths = header.map((_, column) => Math.max(...lines.map((line) => (line[column] ?? '').length)));
  const numeric = new Set([2, 3, 4]);
  const format = (line: string[]) =>
    line
      .map((cell, column) => {
        const width = widths[column] ?? 0;
        return numeric.has(column) ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [format(header), rule, ...lines.slice(1).map(format)].join('\n');
}

export function failures(rows: Row[]): string[] {
  return rows
    .filter((row) => row.pass === false)
    .map((row) => {
      const value =
        row.budget?.kind === 'ratio' ? `${row.ratio?.toFixed(2) ?? '—'}×` : figure(row.app, row.unit);
      return `${row.scale} ${row.metric}: ${value}, budget ${budgetText(row.budget, row.unit)}${row.note ? ` (${row.note})` : ''}`;
    });
}

function stamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`;
}

/** Writes `bench-results/PREFIX-YYYYMMDD-HHMMSS.json` and returns its path. */
export function writeResults(root: string, prefix: string, data: unknown, date = new Date()): string {
  const dir = join(root, 'bench-results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${prefix}-${stamp(date)}.json`);
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  return file;
}
