/**
 * Floors (and ceilings) pinned in eval/baseline.json, and the gate that compares a run with them.
 * A floor is a promise that a figure will not get worse; it is pinned by a person after looking at
 * a run (`--update-floors`), never moved automatically by a passing or failing run.
 */
import type { Metric } from './task.js';

export interface Baseline {
  /** Metric key → the lowest value allowed (for lowerIsBetter metrics: the highest). */
  floors: Record<string, number>;
  /** Free-form notes: why a floor is where it is. */
  notes: Record<string, unknown>;
}

/** How far below the current value `--update-floors` pins a new floor: room for harmless jitter. */
export const FLOOR_MARGIN = 0.02;
/** Comparisons forgive float noise (0.1 + 0.2 style) but nothing a person could see in 3 decimals. */
const EPSILON = 1e-9;

export type FloorStatus = 'ok' | 'below' | 'above' | 'unpinned';

export function parseBaseline(raw: unknown): Baseline {
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const floors: Record<string, number> = {};
  const rawFloors = record['floors'];
  if (typeof rawFloors === 'object' && rawFloors !== null) {
    for (const [key, value] of Object.entries(rawFloors)) if (typeof value === 'number' && Number.isFinite(value)) floors[key] = value;
  }
  const notes = typeof record['notes'] === 'object' && record['notes'] !== null ? (record['notes'] as Record<string, unknown>) : {};
  return { floors, notes };
}

/** 'below' when a higher-is-better figure fell under its floor, 'above' when a ceiling was exceeded. */
export function checkMetric(metric: Metric, floors: Record<string, number>): FloorStatus {
  const floor = floors[metric.key];
  if (floor === undefined) return 'unpinned';
  if (Number.isNaN(metric.value)) return metric.lowerIsBetter ? 'above' : 'below';
  if (metric.lowerIsBetter) return metric.value > floor + EPSILON ? 'above' : 'ok';
  return metric.value < floor - EPSILON ? 'below' : 'ok';
}

/** The floor `--update-floors` would pin: value − margin rounded down, or for a ceiling value + margin rounded up. */
export function proposedFloor(metric: Metric, margin = FLOOR_MARGIN): number {
  if (metric.lowerIsBetter) return Math.ceil((metric.value + margin) * 100 - EPSILON) / 100;
  return Math.max(0, Math.floor((metric.value - margin) * 100 + EPSILON) / 100);
}

/** New floors for metrics that have none (or, with `force`, for all); returns the keys it set. */
export function updateFloors(baseline: Baseline, metrics: readonly Metric[], force: boolean): { baseline: Baseline; changed: string[] } {
  const floors = { ...baseline.floors };
  const changed: string[] = [];
  for (const metric of metrics) {
    if (!Number.isFinite(metric.value)) continue;
    if (!force && floors[metric.key] !== undefined) continue;
    const next = proposedFloor(metric);
    if (floors[metric.key] !== next) changed.push(metric.key);
    floors[metric.key] = next;
  }
  const sorted = Object.fromEntries(Object.entries(floors).sort(([a], [b]) => a.localeCompare(b)));
  return { baseline: { floors: sorted, notes: baseline.notes }, changed };
}
