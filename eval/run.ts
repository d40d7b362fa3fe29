/**
 * `npm run eval`: run every evaluation task, print its figures next to the floors pinned in
 * eval/baseline.json, write them all to .eval-out/latest.json, and exit 1 when a figure fell below
 * its floor (or above its ceiling). See eval/README.md.
 *
 *   node dist/eval/run.js [prefix…] [--update-floors [--force]]
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findCorpusDir } from './lib/corpus.js';
import { discoverTasks, selectTasks } from './lib/discover.js';
import { type Baseline, checkMetric, parseBaseline, updateFloors } from './lib/floors.js';
import { metricTable, type MetricRow } from './lib/report.js';
import type { EvalContext, EvalTask, Metric } from './lib/task.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** dist/eval/run.js → the repository root. */
const repoDir = path.resolve(here, '..', '..');
const baselinePath = path.join(repoDir, 'eval', 'baseline.json');
const outDir = path.join(repoDir, '.eval-out');

interface TaskRecord {
  name: string;
  description: string;
  module: string;
  durationMs: number;
  skipped?: string;
  error?: string;
  metrics: (Metric & { floor: number | null; status: string })[];
  details: string[];
}

async function loadBaseline(): Promise<Baseline> {
  if (!existsSync(baselinePath)) return { floors: {}, notes: {} };
  return parseBaseline(JSON.parse(await readFile(baselinePath, 'utf8')));
}

async function runTask(task: EvalTask, module: string, ctx: EvalContext): Promise<TaskRecord> {
  const started = performance.now();
  const record: TaskRecord = { name: task.name, description: task.description, module, durationMs: 0, metrics: [], details: [] };
  try {
    const outcome = await task.run(ctx);
    record.details = outcome.details ?? [];
    if (outcome.skipped !== undefined) record.skipped = outcome.skipped;
    else record.metrics = outcome.metrics.map((m) => ({ ...m, floor: null, status: 'unpinned' }));
  } catch (error) {
    record.error = error instanceof Error ? (error.stack ?? error.message) : String(error);
  }
  record.durationMs = performance.now() - started;
  return record;
}

function printTask(record: TaskRecord, rows: MetricRow[]): void {
  console.log(`\n== ${record.name} — ${record.description} (${(record.durationMs / 1000).toFixed(1)} s)`);
  if (record.error) {
    console.log(`  ERROR: ${record.error}`);
    return;
  }
  if (record.skipped !== undefined) {
    console.log(`  skipped: ${record.skipped}`);
    return;
  }
  for (const line of metricTable(rows)) console.log(`  ${line}`);
  if (record.details.length > 0) {
    console.log('');
    for (const line of record.details) console.log(`  ${line}`);
  }
}

async function main(argv: string[]): Promise<number> {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  // --show-blind: print page-level details of the blind held-out set (which then stops being blind).
  const unknown = [...flags].filter((f) => f !== '--update-floors' && f !== '--force' && f !== '--show-blind');
  if (unknown.length > 0) {
    console.error(`eval: unknown option ${unknown.join(', ')} (expected: [prefix…] [--update-floors [--force]] [--show-blind])`);
    return 2;
  }
  const prefixes = argv.filter((a) => !a.startsWith('--'));
  const ctx: EvalContext = { repoDir, corpusDir: findCorpusDir(repoDir) };
  let baseline = await loadBaseline();

  const { modules, problems } = await discoverTasks(path.join(here, 'tasks'));
  const all = modules.flatMap((m) => m.tasks.map((task) => ({ task, module: m.file })));
  const selected = selectTasks(
    all.map((entry) => entry.task),
    prefixes,
  );
  console.log(`marsad eval: ${selected.length} of ${all.length} task(s); corpus: ${ctx.corpusDir ?? 'none'}`);
  if (selected.length === 0 && prefixes.length > 0) console.log(`  no task name starts with ${prefixes.join(' or ')}`);

  const records: TaskRecord[] = [];
  for (const { task, module } of all) {
    if (!selected.includes(task)) continue;
    records.push(await runTask(task, module, ctx));
  }

  const seen = new Map<string, string>();
  const duplicates: string[] = [];
  for (const record of records)
    for (const metric of record.metrics) {
      if (seen.has(metric.key)) duplicates.push(`${metric.key} (${seen.get(metric.key)} and ${record.name})`);
      seen.set(metric.key, record.name);
    }

  const flagUpdate = flags.has('--update-floors');
  if (flagUpdate) {
    const produced = records.flatMap((r) => r.metrics);
    const update = updateFloors(baseline, produced, flags.has('--force'));
    baseline = update.baseline;
    await writeFile(baselinePath, `${JSON.stringify(baseline, null, 2)}\n`);
    console.log(`\nupdated ${update.changed.length} floor(s) in eval/baseline.json${update.changed.length ? `: ${update.changed.join(', ')}` : ''}`);
  }

  const failures: string[] = [];
  for (const record of records) {
    const rows: MetricRow[] = record.metrics.map((metric) => {
      const status = checkMetric(metric, baseline.floors);
      const floor = baseline.floors[metric.key];
      metric.floor = floor ?? null;
      metric.status = status;
      if (status === 'below' || status === 'above')
        failures.push(`${metric.key} = ${metric.value.toFixed(3)} is ${status} its ${metric.lowerIsBetter ? 'ceiling' : 'floor'} ${floor}`);
      return { metric, floor, status };
    });
    printTask(record, rows);
    if (record.error) failures.push(`task ${record.name} crashed`);
  }
  for (const problem of problems) failures.push(`task module ${problem.file}: ${problem.message}`);
  for (const duplicate of duplicates) failures.push(`metric key produced twice: ${duplicate}`);

  // A floor whose metric a task that ran no longer produces is a renamed or dropped figure: say so.
  const ranTasks = records.filter((r) => !r.error && r.skipped === undefined).map((r) => r.name);
  const orphans = Object.keys(baseline.floors).filter(
    (key) => ranTasks.some((name) => key.startsWith(`${name}.`)) && !seen.has(key),
  );

  await mkdir(outDir, { recursive: true });
  await writeFile(
    path.join(outDir, 'latest.json'),
    `${JSON.stringify({ finishedAt: new Date().toISOString(), corpusDir: ctx.corpusDir, prefixes, tasks: records, problems, failures }, null, 2)}\n`,
  );

  console.log('');
  for (const problem of problems) console.log(`module ${problem.file}: ${problem.message}`);
  for (const key of orphans) console.log(`warning: floor ${key} is pinned but no task produced it`);
  const skipped = records.filter((r) => r.skipped !== undefined);
  if (skipped.length > 0) console.log(`skipped: ${skipped.map((r) => r.name).join(', ')}`);
  const unpinned = records.flatMap((r) => r.metrics).filter((m) => m.status === 'unpinned').length;
  if (unpinned > 0) console.log(`${unpinned} metric(s) have no floor yet (pin them with --update-floors after reviewing a run)`);
  console.log(`wrote .eval-out/latest.json`);
  if (failures.length > 0) {
    console.log(`\nFAIL: ${failures.length} problem(s):`);
    for (const failure of failures) console.log(`  - ${failure}`);
    return 1;
  }
  console.log('\nPASS: every pinned figure is at or above its floor');
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
