import type { Metric } from './task.js';

/**
 * Precision, recall and F1 from counts. Kept separate so every task computes them the same way
 * and the edge cases (nothing predicted, nothing expected) are decided once.
 */

export interface Counts {
  /** Predicted items that are correct. */
  tp: number;
  /** Predicted items that are wrong. */
  fp: number;
  /** Expected items that were missed. */
  fn: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * An empty denominator counts as perfect only when the other side is empty too: predicting nothing
 * when nothing was expected is right (1), predicting nothing when something was expected is not (0).
 */
export function prf({ tp, fp, fn }: Counts): Prf {
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? (fp === 0 ? 1 : 0) : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Micro-averaging: sum the counts of every document, then compute once. */
export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

export const ZERO_COUNTS: Readonly<Counts> = Object.freeze({ tp: 0, fp: 0, fn: 0 });

/** A share that is 0 (not NaN) over an empty set, for rates such as "violations per snippet". */
export function share(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

/** The three metrics `<prefix>.precision`, `.recall` and `.f1`, each with the count it is over. */
export function prfMetrics(prefix: string, counts: Counts): Metric[] {
  const { precision, recall, f1 } = prf(counts);
  return [
    { key: `${prefix}.precision`, value: precision, n: counts.tp + counts.fp },
    { key: `${prefix}.recall`, value: recall, n: counts.tp + counts.fn },
    { key: `${prefix}.f1`, value: f1, n: counts.tp + counts.fn },
  ];
}
