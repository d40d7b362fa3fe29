import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addCounts, prf, share, ZERO_COUNTS } from './prf.js';

const close = (actual: number, expected: number): void => assert.ok(Math.abs(actual - expected) < 1e-12, `${actual} ≠ ${expected}`);

test('prf computes precision, recall and their harmonic mean from counts', () => {
  const { precision, recall, f1 } = prf({ tp: 6, fp: 2, fn: 4 });
  close(precision, 0.75);
  close(recall, 0.6);
  close(f1, (2 * 0.75 * 0.6) / 1.35);
});

test('prf: perfect output scores 1 everywhere', () => {
  assert.deepEqual(prf({ tp: 5, fp: 0, fn: 0 }), { precision: 1, recall: 1, f1: 1 });
});

test('prf: predicting nothing when something was expected is 0, not NaN', () => {
  assert.deepEqual(prf({ tp: 0, fp: 0, fn: 3 }), { precision: 0, recall: 0, f1: 0 });
});

test('prf: predicting something when nothing was expected is 0', () => {
  assert.deepEqual(prf({ tp: 0, fp: 2, fn: 0 }), { precision: 0, recall: 0, f1: 0 });
});

test('prf: nothing expected and nothing predicted is perfect', () => {
  assert.deepEqual(prf(ZERO_COUNTS), { precision: 1, recall: 1, f1: 1 });
});

test('micro-averaging sums counts before dividing', () => {
  const total = addCounts({ tp: 1, fp: 0, fn: 0 }, { tp: 0, fp: 1, fn: 3 });
  assert.deepEqual(total, { tp: 1, fp: 1, fn: 3 });
  close(prf(total).recall, 0.25);
});

test('share is 0 over an empty whole', () => {
  assert.equal(share(0, 0), 0);
  assert.equal(share(1, 4), 0.25);
});
