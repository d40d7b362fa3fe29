import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clip, containsAtBoundary, hasContent, normalizeLine, tokenCoverage, tokenJaccard, tokens } from './text.js';

test('normalizeLine collapses whitespace (tabs, NBSP, newlines) and trims', () => {
  assert.equal(normalizeLine('  قال\u00A0الوزير\t\tإن  \n الخطة جاهزة  '), 'قال الوزير إن الخطة جاهزة');
});

test('normalizeLine folds guillemets and curly quotes to ASCII quotes', () => {
  assert.equal(normalizeLine('وصف الخطة بأنها «ناجحة» و“مكتملة”'), 'وصف الخطة بأنها "ناجحة" و"مكتملة"');
  assert.equal(normalizeLine('‘نعم’'), "'نعم'");
});

test('normalizeLine drops direction marks and zero-width joiners but keeps Arabic letters as they are', () => {
  assert.equal(normalizeLine('\u200Fالمدرسة\u200C الجديدة\uFEFF'), 'المدرسة الجديدة');
  // Hamza forms, ta marbuta and harakat are not folded: that would hide extraction damage.
  assert.notEqual(normalizeLine('إعلان'), normalizeLine('اعلان'));
  assert.notEqual(normalizeLine('مدرسة'), normalizeLine('مدرسه'));
});

test('normalizeLine is idempotent', () => {
  const once = normalizeLine(' «أ»  \u200Fب ');
  assert.equal(normalizeLine(once), once);
});

test('tokens keeps Arabic words and digits and drops punctuation', () => {
  assert.deepEqual(tokens('أعلن الوزير، أمس، عن 3 مشاريع!'), ['أعلن', 'الوزير', 'أمس', 'عن', '3', 'مشاريع']);
});

test('tokenJaccard compares token sets', () => {
  assert.equal(tokenJaccard('أ ب ج د', 'أ ب ج د'), 1);
  assert.equal(tokenJaccard('أ ب', 'ج د'), 0);
  assert.equal(tokenJaccard('أ ب ج د', 'أ ب ج د هـ'), 0.8);
  assert.equal(tokenJaccard('', '...'), 1);
});

test('containsAtBoundary finds whole words only', () => {
  assert.equal(containsAtBoundary('زار الرئيس سوريا أمس', 'سوريا'), true);
  assert.equal(containsAtBoundary('زار الرئيس لسوريا أمس', 'سوريا'), false);
  assert.equal(containsAtBoundary('زار الرئيس سورياً أمس', 'سوريا'), false);
  assert.equal(containsAtBoundary('وقال: "نعم" ثم غادر', '"نعم"'), true);
  assert.equal(containsAtBoundary('نص', ''), false);
});

test('containsAtBoundary keeps looking after a match inside a word', () => {
  assert.equal(containsAtBoundary('لسوريا ثم سوريا', 'سوريا'), true);
});

test('tokenCoverage is the share of the part found in the whole', () => {
  assert.equal(tokenCoverage('أ ب ج د', 'د ج ب أ هـ'), 1);
  assert.equal(tokenCoverage('أ ب ج د', 'أ ب'), 0.5);
});

test('hasContent and clip', () => {
  assert.equal(hasContent(' ... — '), false);
  assert.equal(hasContent('٣'), true);
  assert.equal(clip('أبجد هوز', 4), 'أبجد…');
  assert.equal(clip('قصير', 70), 'قصير');
});
