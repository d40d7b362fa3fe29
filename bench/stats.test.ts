import assert from 'node:assert/strict';
import { test } from 'node:test';
import { percentile, summarize } from './stats.js';

test('nearest-rank percentiles', () => {
  const values = Array.from({ length: 100 }, (_, i) => i + 1);
  assert.equal(percentile(values, 50), 50);
  assert.equal(percentile(values, 95), 95);
  assert.equal(percentile(values, 99), 99);
  assert.equal(percentile(values, 100), 100);
  assert.equal(percentile([7], 99), 7);
  assert.equal(percentile([], 50), 0);
});

test('throughput is over the wall time of the loop, the mean over the per-article latencies', () => {
  const stats = summarize([1, 1, 1], 4, 2, 3e6, 0, 2 ** 20, 2 ** 21);
  assert.equal(stats.articlesPerCpuSecond, 1500);
  assert.equal(stats.totalMs, 4);
  assert.equal(stats.meanMs, 1);
  assert.equal(stats.articlesPerSecond, 750);
  assert.equal(stats.mbPerSecond, 750);
  assert.equal(stats.peakRssMb, 1);
  assert.equal(stats.peakHeapUsedMb, 2);
});
