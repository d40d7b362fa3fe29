/**
 * Fourteenth pass (session 15): `direct` after a complementizer or the cue's preposition. The
 * README and the gold guidelines call a content direct when it is in quotation marks, but only a
 * quote right after the cue or its colon was marked: "وقال إن « … »" and "مؤكدا أن "…"" came out
 * indirect (dev direct accuracy 0.889, the demo's 0.473). Every sentence was written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statementsOf } from './pass-helpers.js';

const flags = (sentence: string): [string, boolean, string][] => statementsOf([sentence]).map((s) => [s.cue, s.direct, s.text]);

test('a quotation right after أن/إن or the preposition the cue governs is direct, without its marks', () => {
  assert.deepEqual(flags('وقال الوزير إن « الوضع تحت السيطرة تماما » .'), [['قال', true, 'الوضع تحت السيطرة تماما']]);
  assert.deepEqual(flags('وأكد المتحدث أنه "لا يوجد أي قرار برفع الأسعار".'), [['أكد', true, 'لا يوجد أي قرار برفع الأسعار']]);
  assert.deepEqual(flags('ودعا الرئيس إلى «وقف فوري لإطلاق النار في المدينة».'), [['دعا', true, 'وقف فوري لإطلاق النار في المدينة']]);
});

test('the quotation also ends its clause where the next cue begins', () => {
  const [first, second] = statementsOf(['وقال الوزير إن "ما يتردد عن زيادة السعر عار تماما من الصحة"، مضيفا: "لم يصدر أي قرار بهذا الشأن".']);
  assert.deepEqual([first?.direct, first?.text], [true, 'ما يتردد عن زيادة السعر عار تماما من الصحة']);
  assert.deepEqual([second?.cue, second?.direct], ['أضاف', true]);
});

test('a quotation that opens later, names something or closes inside the clause leaves the content indirect', () => {
  assert.deepEqual(flags('وشدد الوزير على أن الوزارة «لن تتهاون مع أي مخبز مخالف».').map(([, direct]) => direct), [false]);
  assert.deepEqual(flags('وقال المسؤول إن "حماس" هي المسؤولة عن التصعيد الأخير.').map(([, direct]) => direct), [false]);
  // A quoted title inside the content: the cue after it is a statement of its own, not quoted words.
  const study = statementsOf(['كشفت الدراسة عن "واقع الطب البديل في التعليم الطبي" وجود فجوة كبيرة، ودعت إلى استحداث خطة واضحة لمعالجتها.']);
  assert.deepEqual(study.map((s) => [s.cue, s.direct]), [['كشف', false], ['دعا', false]]);
});

test('the subject before أن « … » keeps its office: the opening mark is not a gap before the content', () => {
  const [s] = statementsOf(['أكد الشيخ سالم العمري مفتي المنطقة أن «فتاوى التكفير بلاء يعانيه العالم الإسلامي».']);
  assert.deepEqual([s?.speaker.name, s?.speaker.role, s?.direct], ['سالم العمري', 'الشيخ مفتي المنطقة', true]);
});

test('a mark after a colon opens the next quotation; it does not close one left open in an earlier paragraph', () => {
  const found = statementsOf([
    'وقال الرئيس إنه " تم الحفاظ على البلاد دولة مستقلة ذات سيادة .',
    'وتمت تهيئة الظروف للتسوية السياسية وأضاف : " ووفقا للاتفاقيات الدولية يواصل المركز عمله في البلاد " .',
  ]);
  assert.deepEqual(found.map((s) => [s.cue, s.speaker.name ?? s.speaker.role]), [['قال', 'الرئيس'], ['أضاف', 'الرئيس']]);
  assert.equal(found[0]?.text.includes('التسوية'), false);
});
