import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type LabelledLine, labelledPrf, matchLinesExact, matchLinesFuzzy, scoreAgainstLabelledLines } from './lines.js';

const gold = ['افتتح المحافظ المدرسة الجديدة صباح اليوم.', 'وقال إن «المشروع» اكتمل قبل موعده.', 'وتتسع المدرسة لستمئة طالب.'];

test('exact matching: equal after whitespace and quote normalization', () => {
  const predicted = ['افتتح المحافظ  المدرسة الجديدة صباح اليوم.', 'وقال إن "المشروع" اكتمل قبل موعده.', 'اقرأ أيضا: أخبار المحافظة'];
  const result = matchLinesExact(predicted, gold);
  assert.deepEqual(result.counts, { tp: 2, fp: 1, fn: 1 });
  assert.deepEqual(result.missed, [gold[2]]);
  assert.deepEqual(result.extra, ['اقرأ أيضا: أخبار المحافظة']);
});

test('exact matching is one-to-one: a paragraph printed twice counts once', () => {
  const result = matchLinesExact([gold[0]!, gold[0]!], [gold[0]!]);
  assert.deepEqual(result.counts, { tp: 1, fp: 1, fn: 0 });
});

test('exact matching ignores empty lines on both sides', () => {
  const result = matchLinesExact(['', gold[0]!, '   '], [gold[0]!, '']);
  assert.deepEqual(result.counts, { tp: 1, fp: 0, fn: 0 });
});

test('fuzzy matching accepts a line that differs by one word in ten (Jaccard ≥ 0.8)', () => {
  const line = 'أ ب ج د هـ و ز ح ط ي';
  const close = 'أ ب ج د هـ و ز ح ط';
  const far = 'أ ب ج د هـ و ز';
  assert.deepEqual(matchLinesFuzzy([close], [line]).counts, { tp: 1, fp: 0, fn: 0 });
  assert.deepEqual(matchLinesFuzzy([far], [line]).counts, { tp: 0, fp: 1, fn: 1 });
  // The exact rule rejects both.
  assert.deepEqual(matchLinesExact([close], [line]).counts, { tp: 0, fp: 1, fn: 1 });
});

test('fuzzy matching pairs each gold line once', () => {
  const line = 'أ ب ج د هـ و ز ح ط ي';
  const result = matchLinesFuzzy(['أ ب ج د هـ و ز ح ط', 'ب ج د هـ و ز ح ط ي'], [line]);
  assert.deepEqual(result.counts, { tp: 1, fp: 1, fn: 0 });
});

const page: LabelledLine[] = [
  { text: 'الرئيسية أخبار رياضة اتصل بنا', label: 'boilerplate' },
  { text: 'عاجل: افتتح المحافظ المدرسة الجديدة صباح اليوم.', label: 'mixed' },
  { text: 'وقال إن المشروع اكتمل قبل موعده.', label: 'body' },
  { text: 'وتتسع المدرسة لستمئة طالب.', label: 'body' },
  { text: '', label: 'boilerplate' },
  { text: 'جميع الحقوق محفوظة', label: 'boilerplate' },
];

test('labelled lines: whole lines kept, a mixed line trimmed to its body part', () => {
  const result = scoreAgainstLabelledLines(['افتتح المحافظ المدرسة الجديدة صباح اليوم.', 'وقال إن المشروع اكتمل قبل موعده.', 'وتتسع المدرسة لستمئة طالب.'], page);
  assert.deepEqual(result.counts, { recalled: 3, notRecalled: 0, correct: 3, wrong: 0 });
  assert.deepEqual(labelledPrf(result.counts), { precision: 1, recall: 1, f1: 1 });
});

test('labelled lines: a body line trimmed is not recalled (only mixed lines may be trimmed)', () => {
  const result = scoreAgainstLabelledLines(['وقال إن المشروع اكتمل'], page);
  assert.deepEqual(result.missed, [1, 2, 3]);
  // …but the trimmed paragraph is still body text, so it is a true positive.
  assert.equal(result.counts.correct, 1);
});

test('labelled lines: kept boilerplate is a false positive', () => {
  const result = scoreAgainstLabelledLines(['وقال إن المشروع اكتمل قبل موعده.', 'جميع الحقوق محفوظة'], page);
  assert.deepEqual(result.counts, { recalled: 1, notRecalled: 2, correct: 1, wrong: 1 });
  assert.deepEqual(result.extra, ['جميع الحقوق محفوظة']);
});

test('labelled lines: a paragraph joining lines counts each line it contains', () => {
  const joined = 'وقال إن المشروع اكتمل قبل موعده. وتتسع المدرسة لستمئة طالب. جميع الحقوق محفوظة';
  const result = scoreAgainstLabelledLines([joined], page);
  assert.deepEqual(result.counts, { recalled: 2, notRecalled: 1, correct: 2, wrong: 1 });
});

test('labelled lines: text no line explains is a false positive', () => {
  const result = scoreAgainstLabelledLines(['وقال إن المشروع اكتمل قبل موعده. وأضاف كلاما لم يرد في الصفحة', 'نص مختلق تماما'], page);
  assert.equal(result.counts.correct, 1);
  assert.equal(result.counts.wrong, 2);
});

test('labelledPrf: nothing predicted over body lines is 0, an all-boilerplate page left empty is perfect', () => {
  assert.deepEqual(labelledPrf({ recalled: 0, notRecalled: 4, correct: 0, wrong: 0 }), { precision: 0, recall: 0, f1: 0 });
  assert.deepEqual(labelledPrf({ recalled: 0, notRecalled: 0, correct: 0, wrong: 0 }), { precision: 1, recall: 1, f1: 1 });
  assert.deepEqual(labelledPrf({ recalled: 3, notRecalled: 1, correct: 3, wrong: 1 }), { precision: 0.75, recall: 0.75, f1: 0.75 });
});
