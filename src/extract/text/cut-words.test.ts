import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rejoinScrapedCuts } from './cut-words.js';

/** A cut ending elsewhere on the page: the scraper's hand, which the shadda repair waits for. */
const CUT_PAGE = 'وقالت الوكالة الرسمي ة . ';

test('reporting verbs cut at their shadda are rejoined from the cue lexicon, then their cut tanween', () => {
  assert.equal(rejoinScrapedCuts('وأك د مسؤول أن الهجوم'), 'وأكد مسؤول أن الهجوم');
  assert.equal(rejoinScrapedCuts('صر ح الوزير بأن'), 'صرح الوزير بأن');
  assert.equal(rejoinScrapedCuts('ونو ه إلى أن'), 'ونوه إلى أن');
  assert.equal(rejoinScrapedCuts(CUT_PAGE + 'حذ رت الأمم المتحدة من'), 'وقالت الوكالة الرسمية . حذرت الأمم المتحدة من');
  assert.equal(rejoinScrapedCuts('مؤك د ا أن'), 'مؤكدا أن');
  assert.equal(rejoinScrapedCuts(CUT_PAGE + 'ات هم الجيش'), 'وقالت الوكالة الرسمية . اتهم الجيش');
});

test('titles cut at their shadda are rejoined, with the article and the feminine ending', () => {
  assert.equal(rejoinScrapedCuts(CUT_PAGE + 'وقال المتحد ث باسم الوزارة'), 'وقالت الوكالة الرسمية . وقال المتحدث باسم الوزارة');
  assert.equal(rejoinScrapedCuts('كشف منس ق المساعدات'), 'كشف منسق المساعدات');
  assert.equal(rejoinScrapedCuts(CUT_PAGE + 'المتحد ثة باسم'), 'وقالت الوكالة الرسمية . المتحدثة باسم');
});

test('words of no listed verb or title are not joined, whatever they spell together', () => {
  // "وك رر": ك then ر is where مفكّر is cut, but no listed word is "وكرر" cut there.
  for (const text of ['تجد هيومن رايتس', 'بي ن الطرفين', 'المتحد ثون', 'جد هذا', 'وك رر', 'أك دولة']) assert.equal(rejoinScrapedCuts(CUT_PAGE + text), rejoinScrapedCuts(CUT_PAGE) + text, text);
});

test('decomposed text (a hamza as a combining mark) is not read as cut', () => {
  const text = 'وقال أحمد إن الوزير أكد إلى مشير ا'.normalize('NFD');
  assert.equal(rejoinScrapedCuts(text), text.replace('مشير ا', 'مشيرا'));
});

test('a page with no cut ending and no lone letter is not searched for cut words', () => {
  // "حذ رت" alone is no evidence: the repair waits for the page to show the scraper's hand.
  assert.equal(rejoinScrapedCuts('حذ رت الأمم المتحدة من'), 'حذ رت الأمم المتحدة من');
});
