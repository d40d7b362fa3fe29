import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as arabic from './index.js';

test('the public exports of the Arabic toolkit are pinned', () => {
  assert.deepEqual(Object.keys(arabic).sort(), [
    'ARABIC_LETTER',
    'DISPLAY_RULES',
    'RULES',
    'RULE_ORDER',
    'SEARCH_RULES',
    'STOPWORDS',
    'arabicLetterShare',
    'foldDigits',
    'lightStem',
    'normalize',
    'normalizeWithOffsets',
    'scanTokens',
    'searchTokens',
    'splitSentences',
    'stemNormalized',
    'tokenize',
    'words',
  ]);
});

test('foldDigits and arabicLetterShare come through from chars.ts', () => {
  assert.equal(arabic.foldDigits('٢٠٢١'), '2021');
  assert.equal(arabic.arabicLetterShare('عربي'), 1);
});
