import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelLines, parseBalyGold } from './extract-baly.js';

test('mixed lines are a subset of body in the gold and are labelled mixed, the rest boilerplate', () => {
  const labels = labelLines(['أ', 'ب', 'ج', 'د'], { body: [1, 2], mixed: [1] }).map((l) => l.label);
  assert.deepEqual(labels, ['boilerplate', 'mixed', 'body', 'boilerplate']);
});

test('gold entries keep null fields as null and leave absent ones out', () => {
  const [gold] = parseBalyGold({
    articles: [{ claimFile: 'R-1.json', articleIndex: 2, body: [0, 'x'], mixed: [], title: null, publishedAt: '2017-12-07' }, { claimFile: 3 }],
  });
  assert.deepEqual(gold, { claimFile: 'R-1.json', articleIndex: 2, body: [0], mixed: [], title: null, publishedAt: '2017-12-07' });
  assert.deepEqual(parseBalyGold({}), []);
});
