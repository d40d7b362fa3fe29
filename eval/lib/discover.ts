/**
 * Finding the tasks: every compiled module in dist/eval/tasks/ (tests and maps excluded) is imported
 * and must export `tasks: EvalTask[]` or a default export (one task or an array). Listing the folder
 * instead of keeping a registry lets a new task land in one file without touching the runner.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { EvalTask } from './task.js';

export interface TaskModule {
  file: string;
  tasks: EvalTask[];
}

export interface DiscoveryProblem {
  file: string;
  message: string;
}

/** Which compiled files are task modules: `.js`, not `.test.js`. */
export function isTaskModuleFile(name: string): boolean {
  return name.endsWith('.js') && !name.endsWith('.test.js');
}

function isTask(value: unknown): value is EvalTask {
  if (typeof value !== 'object' || value === null) return false;
  const task = value as Record<string, unknown>;
  return typeof task['name'] === 'string' && typeof task['run'] === 'function';
}

/** What a module exported, as tasks; a message when it exported nothing usable. */
export function tasksFromExports(exports: Record<string, unknown>): EvalTask[] | string {
  const candidate = exports['tasks'] ?? exports['default'];
  const list = Array.isArray(candidate) ? candidate : candidate === undefined ? [] : [candidate];
  if (list.length === 0) return 'exports neither `tasks` nor a default';
  const bad = list.filter((item) => !isTask(item));
  if (bad.length > 0) return `${bad.length} export(s) are not tasks ({name: string, run(ctx)} expected)`;
  return list as EvalTask[];
}

export async function discoverTasks(tasksDir: string): Promise<{ modules: TaskModule[]; problems: DiscoveryProblem[] }> {
  const files = (await readdir(tasksDir)).filter(isTaskModuleFile).sort();
  const modules: TaskModule[] = [];
  const problems: DiscoveryProblem[] = [];
  for (const file of files) {
    try {
      const exports = (await import(pathToFileURL(path.join(tasksDir, file)).href)) as Record<string, unknown>;
      const tasks = tasksFromExports(exports);
      if (typeof tasks === 'string') problems.push({ file, message: tasks });
      else modules.push({ file, tasks });
    } catch (error) {
      problems.push({ file, message: `failed to load: ${(error as Error).message}` });
    }
  }
  return { modules, problems };
}

/** Tasks whose name starts with one of the prefixes (all of them when no prefix is given). */
export function selectTasks(tasks: readonly EvalTask[], prefixes: readonly string[]): EvalTask[] {
  if (prefixes.length === 0) return [...tasks];
  return tasks.filter((task) => prefixes.some((prefix) => task.name.startsWith(prefix)));
}
