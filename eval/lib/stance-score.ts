/** Scoring stance predictions: per-class precision/recall/F1, macro-F1 and a confusion matrix. */
import { decide, type StanceParams } from '../../src/analyze/stance/decide.js';
import { classCounts, fitStanceParams, macroF1 } from '../../src/analyze/stance/fit.js';
import { STANCES, type Stance } from '../../src/analyze/stance/types.js';
import { formatTable } from './report.js';
import type { Metric } from './task.js';
import type { StancePair } from './stance-data.js';

export interface StanceRun {
  gold: Stance[];
  predicted: Stance[];
}

/** Fit on every split but one, predict that one; the predictions of all held-out splits together. */
export function crossValidate(pairs: readonly StancePair[], splits: readonly string[]): StanceRun & { models: StanceParams[] } {
  const gold: Stance[] = [];
  const predicted: Stance[] = [];
  const models: StanceParams[] = [];
  for (const held of splits) {
    const train = pairs.filter((p) => p.split !== held && splits.includes(p.split));
    const params = fitStanceParams(train, `splits ${splits.filter((s) => s !== held).join(',')}`);
    models.push(params);
    for (const p of pairs.filter((q) => q.split === held)) {
      gold.push(p.label);
      predicted.push(decide(params, p.features));
    }
  }
  return { gold, predicted, models };
}

export function predictWith(params: StanceParams, pairs: readonly StancePair[]): StanceRun {
  return { gold: pairs.map((p) => p.label), predicted: pairs.map((p) => decide(params, p.features)) };
}

export function classPrf(run: StanceRun, c: Stance): { precision: number; recall: number; f1: number; support: number } {
  const { tp, fp, fn } = classCounts(run.gold, run.predicted, c);
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, support: tp + fn };
}

export function stanceMetrics(prefix: string, run: StanceRun, classes: readonly Stance[] = STANCES): Metric[] {
  const n = run.gold.length;
  const metrics: Metric[] = [{ key: `${prefix}.macro_f1`, value: macroF1(run.gold, run.predicted, classes), n }];
  for (const c of classes) {
    const s = classPrf(run, c);
    metrics.push({ key: `${prefix}.${c}.precision`, value: s.precision, n: run.predicted.filter((p) => p === c).length });
    metrics.push({ key: `${prefix}.${c}.recall`, value: s.recall, n: s.support });
  }
  return metrics;
}

export function confusionLines(title: string, run: StanceRun, classes: readonly Stance[] = STANCES): string[] {
  const rows = classes.map((g) => [g, ...classes.map((p) => String(run.gold.filter((x, i) => x === g && run.predicted[i] === p).length))]);
  return [`${title} (rows gold, columns predicted)`, ...formatTable(['', ...classes], rows, new Set(classes.map((_, i) => i + 1)))];
}
