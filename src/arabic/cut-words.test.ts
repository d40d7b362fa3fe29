import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cutWordCount, rejoinCutWords } from './cut-words.js';

test('a lone ا a space after an Arabic word is that word\'s end', () => {
  assert.equal(rejoinCutWords('قال أيض ا إن الهجوم كان مباغت ا , مشير ا إلى'), 'قال أيضا إن الهجوم كان مباغتا , مشيرا إلى');
  assert.equal(rejoinCutWords('لا شيء إل ا الصمت'), 'لا شيء إلا الصمت');
  assert.equal(cutWordCount('مباغت ا , مشير ا إلى'), 2);
});

test('other lone letters, list labels, a letter after a number and correct text are left alone', () => {
  for (const text of ['لا ي مكننا', 'منس ق المساعدات', 'البنود ا - ب - ج', 'البند ا.', 'سنة 1436 هـ', 'قال إن الأمر انتهى', 'ا في البداية', '']) {
    assert.equal(rejoinCutWords(text), text);
  }
});

test('a page of a hundred thousand cuts is rejoined in linear time', () => {
  const text = 'كلمة ا '.repeat(100_000);
  assert.equal(rejoinCutWords(text), 'كلمةا '.repeat(100_000));
});
