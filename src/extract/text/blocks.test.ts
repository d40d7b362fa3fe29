import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import fc from 'fast-check';
import { wordsOf } from './blocks.js';

test('wordsOf returns what the Unicode letter regex returns (BMP text)', () => {
  const samples = ['قال الوزيرُ: «لا رفع للدعم» - 2021/03/14', 'Hello, world! 123', '', '   ', 'ـــ الحكومة ـــ'];
  for (const s of samples) assert.deepEqual(wordsOf(s), s.match(/[\p{L}\p{M}]+/gu) ?? []);
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('ا', 'ب', 'ة', 'ُ', ' ', '.', '،', 'a', 'Z', '1', '«', '\u00A0', 'ـ') }), (s) => {
      assert.deepEqual(wordsOf(s), s.match(/[\p{L}\p{M}]+/gu) ?? []);
    }),
  );
});
