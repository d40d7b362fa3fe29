import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rejoinCutWords } from './cut-words.js';

test('a lone ا after an Arabic word is that word\'s end, over any gap inside the line', () => {
  assert.equal(rejoinCutWords('قال أيض ا إن الهجوم كان مباغت ا , مشير ا إلى'), 'قال أيضا إن الهجوم كان مباغتا , مشيرا إلى');
  assert.equal(rejoinCutWords('لا شيء إل ا الصمت'), 'لا شيء إلا الصمت');
  assert.equal(rejoinCutWords('مشير\u00a0ا إلى مشير  ا إلى مشير\tا إلى'), 'مشيرا إلى مشيرا إلى مشيرا إلى');
});

test('a lone ة or ى after an Arabic word is that word\'s end, even before a full stop', () => {
  assert.equal(rejoinCutWords('الضج ة على هذا الصعيد خطوة هام ة.'), 'الضجة على هذا الصعيد خطوة هامة.');
  assert.equal(rejoinCutWords('تحت مسم ى التري ث'), 'تحت مسمى التري ث');
  assert.equal(rejoinCutWords('القاعدة الجوي ة , في المنطقة'), 'القاعدة الجوية , في المنطقة');
  // No abbreviation holds ة: a lone letter after it is the next word's cut start.
  assert.equal(rejoinCutWords('القوات الحكومي ة ق صفت المدينة'), 'القوات الحكومية ق صفت المدينة');
});

test('lone alifs that end no cut word are left alone', () => {
  for (const text of [
    'بحسب ا ف ب', // an abbreviation spelt letter by letter
    'كلمة ا أخرى', // no word ends in ةا
    'كلمة ة أخرى',
    'الحروف ب ت ة', // letters listed one by one
    'ة في البداية',
    'البنود ا - ب - ج', // list labels
    'البند ا. والبند ب.',
    'البنود ا) ب)',
    'البند ا، ب',
    'العام 1436 ا', // after a number
    'ا في البداية', // at the start
    'مشير\nا إلى', // across a line break
  ]) {
    assert.equal(rejoinCutWords(text), text, text);
  }
});

test('a page of a hundred thousand cuts is rejoined in linear time', () => {
  assert.equal(rejoinCutWords('مشير ا '.repeat(100_000)), 'مشيرا '.repeat(100_000));
  assert.equal(rejoinCutWords(`مشير${' '.repeat(100_000)}ا`), 'مشيرا');
});
