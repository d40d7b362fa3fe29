import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isTaskModuleFile, selectTasks, tasksFromExports } from './discover.js';
import type { EvalTask } from './task.js';

const task = (name: string): EvalTask => ({ name, description: '', run: async () => ({ metrics: [] }) });

test('only compiled non-test modules are task modules', () => {
  assert.equal(isTaskModuleFile('extract-demo.js'), true);
  assert.equal(isTaskModuleFile('extract-demo.test.js'), false);
  assert.equal(isTaskModuleFile('extract-demo.js.map'), false);
  assert.equal(isTaskModuleFile('extract-demo.d.ts'), false);
});

test('a module may export `tasks`, a default array or a default task', () => {
  const a = task('a');
  assert.deepEqual(tasksFromExports({ tasks: [a] }), [a]);
  assert.deepEqual(tasksFromExports({ default: [a] }), [a]);
  assert.deepEqual(tasksFromExports({ default: a }), [a]);
});

test('a module exporting no task, or something that is not one, is reported', () => {
  assert.equal(typeof tasksFromExports({}), 'string');
  assert.equal(typeof tasksFromExports({ tasks: [{ name: 'x' }] }), 'string');
});

test('tasks are selected by name prefix', () => {
  const all = [task('extract.demo'), task('extract.baly'), task('statements.demo')];
  assert.deepEqual(selectTasks(all, ['extract']).map((t) => t.name), ['extract.demo', 'extract.baly']);
  assert.deepEqual(selectTasks(all, ['statements', 'extract.baly']).map((t) => t.name), ['extract.baly', 'statements.demo']);
  assert.equal(selectTasks(all, []).length, 3);
});
