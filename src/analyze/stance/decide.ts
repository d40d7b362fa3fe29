/**
 * From class probabilities to a stance. Precision on `disagree` matters more than recall (a false
 * "contradicts" misleads a fact-checker more than a missed one), so `disagree` needs both a high
 * probability and explicit contradicting evidence in a sentence about the claim: a negated or
 * opposite predicate, or a denial. Otherwise the pair falls back to its next best class; `agree`
 * likewise needs a claim sentence with the claim's own polarity.
 */
import { FEATURE_NAMES } from './features.js';
import { predictProbabilities, type SoftmaxModel } from './softmax.js';
import { STANCES, type Stance } from './types.js';

export interface StanceParams {
  model: SoftmaxModel;
  /** Added to each class's log-probability before the argmax (fitted for macro-F1 on training data). */
  offsets: Record<Stance, number>;
  /** `disagree` is only said at this probability or above. */
  disagreeMin: number;
  /** Where the parameters came from (printed by the eval and the README). */
  trainedOn: string;
}

const feature = (x: readonly number[], name: (typeof FEATURE_NAMES)[number]): number => x[FEATURE_NAMES.indexOf(name)]!;

export function hasContradictingEvidence(x: readonly number[]): boolean {
  return feature(x, 'polarityMismatch') > 0 || feature(x, 'denialNear') > 0 || feature(x, 'oppositeNear') > 0 || feature(x, 'numberConflict') > 0 || feature(x, 'denialLoose') > 0;
}

export function probabilities(params: StanceParams, x: readonly number[]): Record<Stance, number> {
  const p = predictProbabilities(params.model, x);
  const out = { agree: 0, disagree: 0, discuss: 0, unrelated: 0 } as Record<Stance, number>;
  params.model.classes.forEach((c, i) => (out[c as Stance] = p[i]!));
  return out;
}

export function decide(params: StanceParams, x: readonly number[], p: Record<Stance, number> = probabilities(params, x)): Stance {
  const ranked = [...STANCES].sort((a, b) => score(params, p, b) - score(params, p, a));
  for (const stance of ranked) {
    if (stance === 'disagree' && (p.disagree < params.disagreeMin || !hasContradictingEvidence(x))) continue;
    // `agree` needs a sentence about the claim that says it with the claim's polarity: an article
    // whose claim sentences all negate or deny it is never read as support.
    if (stance === 'agree' && feature(x, 'polarityMatch') === 0) continue;
    return stance;
  }
  return 'discuss';
}

function score(params: StanceParams, p: Record<Stance, number>, stance: Stance): number {
  return Math.log(Math.max(p[stance], 1e-12)) + params.offsets[stance];
}
