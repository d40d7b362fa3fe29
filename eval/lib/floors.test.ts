import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkMetric, parseBaseline, proposedFloor, updateFloors } from './floors.js';

test('a higher-is-better figure fails only below its floor', () => {
  const floors = { 'a.f1': 0.8 };
  assert.equal(checkMetric({ key: 'a.f1', value: 0.8, n: 1 }, floors), 'ok');
  assert.equal(checkMetric({ key: 'a.f1', value: 0.79, n: 1 }, floors), 'below');
  assert.equal(checkMetric({ key: 'b.f1', value: 0, n: 1 }, floors), 'unpinned');
});

test('a lower-is-better floor is a ceiling', () => {
  const floors = { 'a.invented': 0 };
  assert.equal(checkMetric({ key: 'a.invented', value: 0, n: 5, lowerIsBetter: true }, floors), 'ok');
  assert.equal(checkMetric({ key: 'a.invented', value: 1, n: 5, lowerIsBetter: true }, floors), 'above');
});

test('float noise does not fail the gate', () => {
  assert.equal(checkMetric({ key: 'k', value: 0.1 + 0.2, n: 1 }, { k: 0.3 }), 'ok');
});

test('NaN always fails a pinned figure', () => {
  assert.equal(checkMetric({ key: 'k', value: NaN, n: 0 }, { k: 0.5 }), 'below');
});

test('proposed floors: value minus 0.02 rounded down; ceilings value plus 0.02 rounded up', () => {
  assert.equal(proposedFloor({ key: 'k', value: 0.9137, n: 1 }), 0.89);
  assert.equal(proposedFloor({ key: 'k', value: 0.905, n: 1 }), 0.88);
  assert.equal(proposedFloor({ key: 'k', value: 0.92, n: 1 }), 0.9);
  assert.equal(proposedFloor({ key: 'k', value: 0.01, n: 1 }), 0);
  assert.equal(proposedFloor({ key: 'k', value: 0, n: 1, lowerIsBetter: true }), 0.02);
  assert.equal(proposedFloor({ key: 'k', value: 0.101, n: 1, lowerIsBetter: true }), 0.13);
});

test('updateFloors fills only missing floors unless forced, and keeps notes', () => {
  const baseline = { floors: { old: 0.5 }, notes: { old: 'why' } };
  const metrics = [
    { key: 'old', value: 0.9, n: 1 },
    { key: 'new', value: 0.7, n: 1 },
  ];
  const soft = updateFloors(baseline, metrics, false);
  assert.deepEqual(soft.baseline, { floors: { new: 0.68, old: 0.5 }, notes: { old: 'why' } });
  assert.deepEqual(soft.changed, ['new']);
  const forced = updateFloors(baseline, metrics, true);
  assert.deepEqual(forced.baseline.floors, { new: 0.68, old: 0.88 });
  assert.deepEqual(baseline.floors, { old: 0.5 }, 'the input is not modified');
});

test('parseBaseline keeps numeric floors and drops anything else', () => {
  assert.deepEqual(parseBaseline({ floors: { a: 1, b: 'x' }, notes: { a: 'n' } }), { floors: { a: 1 }, notes: { a: 'n' } });
  assert.deepEqual(parseBaseline(null), { floors: {}, notes: {} });
});
