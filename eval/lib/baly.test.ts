import assert from 'node:assert/strict';
import { test } from 'node:test';
import { balyLines, parseFolds, parseRationale } from './baly.js';

test('rationale strings become line indexes', () => {
  assert.deepEqual(parseRationale('[0, 3]'), [0, 3]);
  assert.deepEqual(parseRationale('[5]'), [5]);
  assert.deepEqual(parseRationale(''), []);
  assert.deepEqual(parseRationale('[]'), []);
  assert.deepEqual(parseRationale('not json'), []);
  assert.deepEqual(parseRationale([1, 'x', 2]), [1, 2]);
});

test('folds.txt lines map claim ids to fold numbers', () => {
  const folds = parseFolds('Fold_1: V-1 R-2\nFold_2: R-3\n\nsomething else\n');
  assert.deepEqual([...folds], [['V-1', 1], ['R-2', 1], ['R-3', 2]]);
});

test('article lines are split on newlines only, so rationale indexes stay aligned', () => {
  assert.deepEqual(balyLines('أ\n\nب'), ['أ', '', 'ب']);
});
