import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sameDate } from './extraction.js';

test('dates compare at the gold precision: minutes, never seconds', () => {
  assert.equal(sameDate('2017-11-14T15:08', '2017-11-14T15:08:13'), true);
  assert.equal(sameDate('2017-11-14T15:08', '2017-11-14T15:08:00'), true);
  assert.equal(sameDate('2017-11-14T15:08', '2017-11-14T15:09:00'), false);
  assert.equal(sameDate('2017-11-14', '2017-11-14T15:08:00'), false);
  assert.equal(sameDate(null, null), true);
  assert.equal(sameDate(null, '2017-11-14'), false);
});
