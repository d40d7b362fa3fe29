import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldHamzaSeats, rejoinDoubledCuts, type DoubledLetter } from './doubled-cuts.js';

const AKKADA: DoubledLetter = { doubled: 'ك', next: 'د' };
const TAQARRARA: DoubledLetter = { doubled: 'ر', next: 'ر' };
const WORDS = new Map<string, DoubledLetter>(
  [['أكد', AKKADA], ['أكدت', AKKADA], ['يؤكد', AKKADA], ['مؤكد', AKKADA], ['مؤكدا', AKKADA], ['تقرر', TAQARRARA]].map(([w, d]) => [foldHamzaSeats(w as string), d as DoubledLetter]),
);

test('a listed word cut right after its doubled letter is rejoined, with or without و/ف and hamza', () => {
  assert.equal(rejoinDoubledCuts('وأك د مسؤول أن', WORDS), 'وأكد مسؤول أن');
  assert.equal(rejoinDoubledCuts('قال أك دت الوزارة', WORDS), 'قال أكدت الوزارة');
  assert.equal(rejoinDoubledCuts('فاك د المصدر', WORDS), 'فاكد المصدر');
  assert.equal(rejoinDoubledCuts('يؤك د\u00a0و مؤك دا', WORDS), 'يؤكد\u00a0و مؤكدا');
  assert.equal(rejoinDoubledCuts('وتقر ر الحكومة', WORDS), 'وتقرر الحكومة');
});

test('pieces that spell no listed word, or are cut elsewhere, stay apart', () => {
  for (const text of [
    'تجد هيومن رايتس', // two words that do not spell a listed one
    'أ كد', // cut before the doubled letter
    'أكد ت', // not after it either: ت does not follow ك in أكّد
    'أك\nد', // across a line break
    'أك دولة', // the pair fits, the joined word is not listed
    'أك د2',
  ]) {
    assert.equal(rejoinDoubledCuts(text, WORDS), text, text);
  }
});

test('a long run of candidate pairs is handled in linear time', () => {
  assert.equal(rejoinDoubledCuts('أك د '.repeat(100_000), WORDS), 'أكد '.repeat(100_000));
});
