/**
 * Multinomial logistic regression: small, dependency-free and readable, which is all a score over
 * twenty hand-made features needs. Features are standardized with the training mean and spread,
 * kept in the model so that prediction applies the same scaling.
 */

export interface SoftmaxModel {
  classes: string[];
  features: string[];
  mean: number[];
  scale: number[];
  /** One row per class: a bias, then one weight per feature. */
  weights: number[][];
}

export interface FitOptions {
  classes: readonly string[];
  features: readonly string[];
  /** L2 penalty on the weights (not the biases). */
  l2?: number;
  iterations?: number;
  learningRate?: number;
  /** Per-class weight of the examples (to balance rare classes). Default: all 1. */
  classWeights?: readonly number[];
}

export function softmax(logits: readonly number[]): number[] {
  const max = Math.max(...logits);
  const exps = logits.map((z) => Math.exp(z - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

export function predictProbabilities(model: SoftmaxModel, x: readonly number[]): number[] {
  const z = standardize(model, x);
  return softmax(model.weights.map((row) => row.reduce((sum, w, j) => sum + w * (j === 0 ? 1 : z[j - 1]!), 0)));
}

function standardize(model: Pick<SoftmaxModel, 'mean' | 'scale'>, x: readonly number[]): number[] {
  return x.map((v, j) => (v - model.mean[j]!) / model.scale[j]!);
}

/** Full-batch gradient descent on the weighted cross-entropy; deterministic (zero start, no shuffling). */
export function fitSoftmax(xs: readonly (readonly number[])[], ys: readonly number[], options: FitOptions): SoftmaxModel {
  const k = options.classes.length;
  const d = options.features.length;
  const l2 = options.l2 ?? 0.01;
  const iterations = options.iterations ?? 800;
  const rate = options.learningRate ?? 0.5;
  const classWeights = options.classWeights ?? new Array<number>(k).fill(1);
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(0);
  for (const x of xs) for (let j = 0; j < d; j++) mean[j]! += x[j]! / xs.length;
  for (const x of xs) for (let j = 0; j < d; j++) scale[j]! += (x[j]! - mean[j]!) ** 2 / xs.length;
  for (let j = 0; j < d; j++) scale[j] = Math.sqrt(scale[j]!) || 1;
  const zs = xs.map((x) => standardize({ mean, scale }, x));
  const weights = Array.from({ length: k }, () => new Array<number>(d + 1).fill(0));
  const model: SoftmaxModel = { classes: [...options.classes], features: [...options.features], mean, scale, weights };
  let totalWeight = 0;
  for (const y of ys) totalWeight += classWeights[y]!;
  for (let it = 0; it < iterations; it++) {
    const grad = Array.from({ length: k }, () => new Array<number>(d + 1).fill(0));
    for (let i = 0; i < zs.length; i++) {
      const z = zs[i]!;
      const logits = weights.map((row) => row.reduce((sum, w, j) => sum + w * (j === 0 ? 1 : z[j - 1]!), 0));
      const p = softmax(logits);
      const cw = classWeights[ys[i]!]! / totalWeight;
      for (let c = 0; c < k; c++) {
        const err = (p[c]! - (ys[i] === c ? 1 : 0)) * cw;
        grad[c]![0]! += err;
        for (let j = 0; j < d; j++) grad[c]![j + 1]! += err * z[j]!;
      }
    }
    for (let c = 0; c < k; c++) {
      for (let j = 0; j <= d; j++) {
        const penalty = j === 0 ? 0 : l2 * weights[c]![j]!;
        weights[c]![j]! -= rate * (grad[c]![j]! + penalty);
      }
    }
  }
  return model;
}
