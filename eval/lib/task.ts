/**
 * The contract every evaluation task follows. `eval/run.ts` discovers the modules in eval/tasks/,
 * runs each task, prints its metrics and compares them with the floors pinned in eval/baseline.json.
 */

export interface EvalContext {
  /** Repository root (absolute). */
  repoDir: string;
  /** `../shared/corpus` when it exists, else null: tasks that need it report `skipped` with a reason. */
  corpusDir: string | null;
}

export interface Metric {
  /** Dotted, stable key used in eval/baseline.json, e.g. `extract.demo.body.f1`. */
  key: string;
  value: number;
  /** Number of items the figure is computed over (documents, pairs, statements…). */
  n: number;
  /** Whether higher is better (precision, F1) or lower is better (invented dates). Default: higher. */
  lowerIsBetter?: boolean;
}

export interface EvalOutcome {
  metrics: Metric[];
  /** Extra lines printed under the task (confusion matrices, worst documents…). */
  details?: string[];
  /** Set when the task could not run here (e.g. ../shared missing); a skipped task never fails the gate. */
  skipped?: string;
}

export interface EvalTask {
  name: string;
  description: string;
  run(ctx: EvalContext): Promise<EvalOutcome>;
}
