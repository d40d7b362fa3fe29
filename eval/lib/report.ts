/** Plain-text tables for the terminal: fixed columns, numbers to 3 decimals, status words in capitals. */
import type { FloorStatus } from './floors.js';
import type { Metric } from './task.js';

export interface MetricRow {
  metric: Metric;
  floor: number | undefined;
  status: FloorStatus;
}

const STATUS_WORD: Record<FloorStatus, string> = { ok: 'OK', below: 'BELOW', above: 'ABOVE', unpinned: '-' };

export function formatValue(value: number): string {
  return Number.isFinite(value) ? value.toFixed(3) : String(value);
}

/** A ceiling is shown as `≤x` so that the direction of the comparison is visible in the table. */
export function formatFloor(row: MetricRow): string {
  if (row.floor === undefined) return '-';
  return `${row.metric.lowerIsBetter ? '≤' : '≥'}${row.floor.toFixed(3)}`;
}

export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[], rightAligned: ReadonlySet<number>): string[] {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => (rightAligned.has(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

export function metricTable(rows: readonly MetricRow[]): string[] {
  return formatTable(
    ['metric', 'value', 'n', 'floor', 'status'],
    rows.map((row) => [row.metric.key, formatValue(row.metric.value), String(row.metric.n), formatFloor(row), STATUS_WORD[row.status]]),
    new Set([1, 2, 3]),
  );
}
