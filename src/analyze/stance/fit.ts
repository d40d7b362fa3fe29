/**
 * Fitting the stance parameters on labelled pairs: the softmax model (balanced class weights),
 * then the decision offsets that maximize macro-F1 on the same training pairs, then the lowest
 * `disagree` threshold whose training precision reaches DISAGREE_PRECISION. The eval calls this
 * on training folds only and reports the held-out fold (cross-validation).
 */
import { decide, probabilities, type StanceParams } from './decide.js';
import { FEATURE_NAMES } from './features.js';
import { fitSoftmax } from './softmax.js';
import { STANCES, type Stance } from './types.js';

export interface LabelledFeatures {
  features: number[];
  label: Stance;
}

/** The precision `disagree` must reach on the training pairs. */
export const DISAGREE_PRECISION = 0.8;
const OFFSET_GRID = [-1.5, -1, -0.75, -0.5, -0.25, 0, 0.25, 0.5, 0.75, 1, 1.5];
const THRESHOLD_GRID = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

/** True positives, false positives and false negatives of one class. */
export function classCounts(gold: readonly Stance[], predicted: readonly Stance[], c: Stance): { tp: number; fp: number; fn: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  gold.forEach((g, i) => {
    const p = predicted[i];
    if (p === c && g === c) tp++;
    else if (p === c) fp++;
    else if (g === c) fn++;
  });
  return { tp, fp, fn };
}

export function macroF1(gold: readonly Stance[], predicted: readonly Stance[], classes: readonly Stance[] = STANCES): number {
  let sum = 0;
  for (const c of classes) {
    const { tp, fp, fn } = classCounts(gold, predicted, c);
    sum += tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  }
  return sum / classes.length;
}

export function fitStanceParams(examples: readonly LabelledFeatures[], trainedOn: string): StanceParams {
  const ys = examples.map((e) => STANCES.indexOf(e.label));
  const counts = STANCES.map((_, c) => ys.filter((y) => y === c).length);
  // Balanced weights, softened (square root) so the rare class does not swamp the others.
  const classWeights = counts.map((n) => (n === 0 ? 0 : Math.sqrt(examples.length / (STANCES.length * n))));
  const model = fitSoftmax(
    examples.map((e) => e.features),
    ys,
    { classes: STANCES, features: FEATURE_NAMES, classWeights },
  );
  const params: StanceParams = { model, offsets: { agree: 0, disagree: 0, discuss: 0, unrelated: 0 }, disagreeMin: 0, trainedOn };
  const probs = examples.map((e) => probabilities(params, e.features));
  const gold = examples.map((e) => e.label);
  const evaluate = (): number => macroF1(gold, examples.map((e, i) => decide(params, e.features, probs[i])));
  params.disagreeMin = disagreeThreshold(params, examples, probs);
  // Coordinate ascent, two rounds: offsets interact only weakly.
  for (let round = 0; round < 2; round++) {
    for (const stance of ['agree', 'disagree', 'discuss'] as const) {
      let best = { value: params.offsets[stance], score: evaluate() };
      for (const value of OFFSET_GRID) {
        params.offsets[stance] = value;
        const s = evaluate();
        if (s > best.score + 1e-9) best = { value, score: s };
      }
      params.offsets[stance] = best.value;
    }
    params.disagreeMin = disagreeThreshold(params, examples, probs);
  }
  return params;
}

/** The lowest threshold at which `disagree` reaches the precision target on the training pairs (1 = never). */
function disagreeThreshold(params: StanceParams, examples: readonly LabelledFeatures[], probs: readonly Record<Stance, number>[]): number {
  for (const threshold of THRESHOLD_GRID) {
    const trial = { ...params, disagreeMin: threshold };
    let tp = 0;
    let fp = 0;
    examples.forEach((e, i) => {
      if (decide(trial, e.features, probs[i]) !== 'disagree') return;
      if (e.label === 'disagree') tp++;
      else fp++;
    });
    if (tp + fp > 0 && tp / (tp + fp) >= DISAGREE_PRECISION) return threshold;
  }
  return 1.01;
}
