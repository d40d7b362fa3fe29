/**
 * stance: the built-in lexical stance model (src/analyze/stance) on labelled claim–article pairs.
 *
 * - Baly et al. (2018), folds 1–4: 4-fold cross-validation by claim (the folds of folds.txt). For
 *   each fold the model and its decision thresholds are fitted on the other three folds; the figures
 *   are those of the four held-out folds together. No figure comes from a fold the model saw.
 * - ANS (Khouja 2020): headline pairs; fitted on `train`, reported on `dev` and `test`. ANS has no
 *   `discuss`/`unrelated`: its `other` is scored as `unrelated`, and a predicted `discuss` counts as
 *   `other` too.
 * - The shipped parameters (src/analyze/stance/default-params.ts) are fitted on all four Baly folds
 *   by `npm run fit-stance`; they are not what is scored here.
 */
import type { Stance } from '../../src/analyze/stance/types.js';
import { fitStanceParams } from '../../src/analyze/stance/fit.js';
import { NO_CORPUS } from '../lib/corpus.js';
import { loadAnsStancePairs, loadBalyStancePairs } from '../lib/stance-data.js';
import { confusionLines, crossValidate, predictWith, stanceMetrics, type StanceRun } from '../lib/stance-score.js';
import type { EvalContext, EvalOutcome, EvalTask, Metric } from '../lib/task.js';

export const BALY_FOLDS = ['1', '2', '3', '4'];
const ANS_CLASSES: Stance[] = ['agree', 'disagree', 'unrelated'];

const asOther = (run: StanceRun): StanceRun => ({ gold: run.gold, predicted: run.predicted.map((p) => (p === 'discuss' ? 'unrelated' : p)) });

export const tasks: EvalTask[] = [{
  name: 'stance',
  description: 'claim–article stance: Baly 2018 4-fold cross-validation, ANS test',
  async run(ctx: EvalContext): Promise<EvalOutcome> {
    if (!ctx.corpusDir) return { metrics: [], skipped: NO_CORPUS };
    const metrics: Metric[] = [];
    const details: string[] = [];
    const baly = await loadBalyStancePairs(ctx.corpusDir, { idf: false });
    const cv = crossValidate(baly, BALY_FOLDS);
    metrics.push(...stanceMetrics('stance.baly.cv', cv));
    details.push(...confusionLines(`Baly 2018, 4-fold cross-validation, ${baly.length} pairs`, cv));
    details.push(`disagree thresholds per fold: ${cv.models.map((m) => m.disagreeMin.toFixed(2)).join(' ')}`);

    const ans = await loadAnsStancePairs(ctx.corpusDir);
    const params = fitStanceParams(ans.filter((p) => p.split === 'train'), 'ANS train');
    for (const split of ['dev', 'test']) {
      const run = asOther(predictWith(params, ans.filter((p) => p.split === split)));
      metrics.push(...stanceMetrics(`stance.ans.${split}`, run, ANS_CLASSES));
      if (split === 'test') details.push(...confusionLines(`ANS test, ${run.gold.length} pairs (unrelated = other)`, run, ANS_CLASSES));
    }
    return { metrics, details };
  },
}];
