/** The date guard lets through every clause the date parser could find a full day in. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../../arabic/dates/index.js';
import { mayHoldDate } from './dateHint.js';
import { sentenceTokens } from './text.js';

const hint = (text: string): boolean => mayHoldDate(sentenceTokens(text), 0, text.length);

test('clauses with a full-day date pass the guard', () => {
  for (const text of ['وقال الوزير أمس السبت', 'وأكدت الوزارة يوم الثلاثاء', 'وقال في 5 آذار', 'وأعلن اليوم', 'وقال بالأمس',
    'وقال الوزير الأسبوع الماضي', 'وذكر في الخامس من يونيو', 'وقال في ١٢ رمضان', 'وقالت للأسبوع الثاني']) {
    assert.ok(hint(text), text);
  }
});

test('clauses without one are skipped, and the parser agrees they hold no full day', () => {
  for (const text of ['وقال وزير الخارجية التركي مولود جاويش أوغلو', 'وأكد المتحدث باسم الوزارة في مؤتمر صحفي', 'وقالت الحكومة في بيان']) {
    assert.equal(hint(text), false, text);
    assert.ok(findDates(text, { reference: '2021-03-14' }).every((d) => d.iso === null || d.iso.length < 10), text);
  }
});
