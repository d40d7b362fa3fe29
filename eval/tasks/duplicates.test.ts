import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pairCounts, silverComponents, silverRoots } from './duplicates.js';

const ages = (n: number) => Array.from({ length: n }, (_, order) => ({ publishedAt: '2015-07-21', order }));

test('silverRoots: each item points to the root of its oldest earlier silver copy', () => {
  // 0–1 copies, 2 copies 1 (so names 0), 3 alone, 4 copies 3.
  assert.deepEqual(silverRoots(ages(5), [[0, 1], [2, 1], [4, 3]]), [0, 0, 0, 3, 3]);
});

test('silverRoots: an item bridging two earlier originals joins the older one only', () => {
  // 0 and 1 are not copies of each other; 2 (a roundup) contains both.
  const roots = silverRoots(ages(3), [[0, 2], [1, 2]]);
  assert.deepEqual(roots, [0, 1, 0]);
  // Components join all three: the over-merge the trees avoid.
  const components = silverComponents(3, [[0, 2], [1, 2]]);
  assert.equal(new Set(components).size, 1);
  assert.deepEqual(pairCounts(roots, components), { tp: 1, fp: 0, fn: 2 });
});

test('silverRoots: age is the date first, then the order', () => {
  const dated = [
    { publishedAt: '2015-07-22', order: 0 },
    { publishedAt: '2015-07-21', order: 1 },
    { publishedAt: '2015-07-23', order: 2 },
  ];
  // 2 copies both earlier items: it names the one with the older date (1), not the first indexed.
  assert.deepEqual(silverRoots(dated, [[0, 2], [1, 2]]), [0, 1, 1]);
});
