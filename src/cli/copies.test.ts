import assert from 'node:assert/strict';
import { test } from 'node:test';
import { copiesLine } from './copies.js';

test('copiesLine: each outlet once, with its count when it printed the text more than once, in first-met order', () => {
  assert.equal(copiesLine(['alriyadh', 'okaz', 'alriyadh']), 'alriyadh (2)، okaz');
  assert.equal(copiesLine(['sabq']), 'sabq');
  assert.equal(copiesLine([]), '');
});
