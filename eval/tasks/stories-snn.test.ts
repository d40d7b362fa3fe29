import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pairCounts, parsePairs } from './stories-snn.js';

const ref = (url: string): { zip: string; url: string } => ({ zip: '2015-08-02.zip', url });

test('parsePairs keeps labelled pairs and names the malformed ones', () => {
  const { pairs, problems } = parsePairs({
    pairs: [
      { a: ref('u1'), b: ref('u2'), label: 'same', unsure: true },
      { a: ref('u3'), b: ref('u4'), label: 'different' },
      { a: ref('u5'), label: 'same' },
      { a: ref('u6'), b: ref('u7'), label: 'maybe' },
    ],
  });
  assert.deepEqual(pairs.map((p) => [p.a.url, p.label, p.unsure]), [['u1', 'same', true], ['u3', 'different', false]]);
  assert.equal(problems.length, 2);
  assert.match(problems[0]!, /^pair 2:/u);
  assert.deepEqual(parsePairs([]).problems, ['no "pairs" array']);
});

test('pairCounts: together and same is tp, together and different fp, apart and same fn; unknown articles are counted apart', () => {
  const { pairs } = parsePairs({
    pairs: [
      { a: ref('a'), b: ref('b'), label: 'same' },
      { a: ref('a'), b: ref('c'), label: 'different' },
      { a: ref('c'), b: ref('d'), label: 'same' },
      { a: ref('d'), b: ref('e'), label: 'different' },
      { a: ref('a'), b: ref('zz'), label: 'same' },
    ],
  });
  const story: Record<string, string> = { a: 's1', b: 's1', c: 's1', d: 's2', e: 's3' };
  assert.deepEqual(pairCounts(pairs, (url) => story[url] ?? null), { tp: 1, fp: 1, fn: 1, missing: 1 });
});
