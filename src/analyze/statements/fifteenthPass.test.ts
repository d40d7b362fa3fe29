/**
 * Fifteenth pass (session 16), from the dev split's wrong speakers: an outlet's name without the
 * adjectives that describe it ("صحيفة ديلي ميل البريطانية" and "صحيفة ديلي ميل" are one speaker; the
 * description stays as the role), the subject after "وأن"/"لأن", and a subject of two continued by
 * dual verbs. Every sentence was written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { speakerOf, statementsOf } from './pass-helpers.js';

const speaker = speakerOf;

test("an outlet's country adjective or press descriptor leaves its name for its role", () => {
  assert.deepEqual(speaker('وذكرت صحيفة ديلي ميل البريطانية أن الباحثين حللوا بيانات آلاف السيدات.'), ['صحيفة ديلي ميل', 'صحيفة ديلي ميل البريطانية']);
  assert.deepEqual(speaker('ونقلت وكالة نوفستي الروسية أن الوفد سيصل غدا إلى القاهرة.'), ['وكالة نوفستي', 'وكالة نوفستي الروسية']);
});

test('where the adjective is the name, tells papers of one name apart, or the body is not an outlet, the name stays whole', () => {
  // "الوطن" is a Saudi, a Qatari and an Omani paper: an Arabic name keeps its country.
  assert.deepEqual(speaker('وقالت صحيفة الوطن السعودية إن الاجتماع تأجل إلى الأسبوع المقبل.'), ['صحيفة الوطن السعودية', null]);
  assert.deepEqual(speaker('وقالت صحيفة الحزب الشيوعي الصيني إن النمو مستقر.'), ['صحيفة الحزب الشيوعي الصيني', null]);
  assert.deepEqual(speaker('وقالت قناة العربية إن الاجتماع تأجل إلى الأسبوع المقبل.'), ['قناة العربية', null]);
  // The gazetteer names this one by its short form; what matters is that "الأنباء" alone is no name.
  assert.notEqual(speaker('وذكرت وكالة الأنباء الأردنية أن الوفد سيصل غدا إلى عمان.')[0], 'وكالة الأنباء');
  assert.deepEqual(speaker('وذكرت وكالة الطاقة والموارد الطبيعية اليابانية أن الواردات تراجعت الشهر الماضي.'), ['وكالة الطاقة والموارد الطبيعية اليابانية', null]);
});

test('the subject after "وأن" or "لأن" speaks, and "لأن" is nobody\'s name', () => {
  assert.deepEqual(
    speaker('خاصة وأن وزير الخارجية الأمريكي , ريكس تيلرسون , قال قبل أسبوعين إن العلاقات وصلت إلى أدنى مستوياتها .'),
    ['ريكس تيلرسون', 'وزير الخارجية الأمريكي'],
  );
  assert.deepEqual(speaker('لأن الوزير قال إن القرار لم يتخذ بعد .'), [null, 'الوزير']);
});

test('a subject of two is continued by a dual verb; "البرلمان" is no dual', () => {
  const two = statementsOf(['أكد الوزيران السعودي والمصري أن العلاقات قوية , وشددا على أهمية التنسيق بين البلدين .']);
  assert.deepEqual(two.map((s) => s.speaker.name ?? s.speaker.role), ['الوزيران السعودي والمصري', 'الوزيران السعودي والمصري']);
  const one = statementsOf(['قال البرلمان إن الجلسة تأجلت .', 'وأكد أن القرار نهائي .']);
  assert.deepEqual(one.map((s) => s.speaker.name), ['البرلمان', 'البرلمان']);
});

test('بـ glued to a possessed noun after the verb is its object: the relative\'s antecedent speaks', () => {
  assert.deepEqual(speaker('والتقى الوفد رئيس الهيئة الفريق مهاب مميش، الذي رحب بأعضائه، مؤكدا أن القناة جاهزة.'), ['مهاب مميش', 'رئيس الهيئة الفريق']);
  // "بعضهم" (some of them) and a name like "بشارة" are subjects.
  assert.deepEqual(speaker('وقال بعضهم إن القرصنة المعاكسة أمر ضروري.')[1], 'بعضهم');
  assert.deepEqual(speaker('وقال بشارة إن القناة جاهزة.'), ['بشارة', null]);
});

test("an office's holder named after the place keeps a description after his name out; an administration's name is not the official", () => {
  assert.deepEqual(
    speaker('وقال مبعوث الأمم المتحدة إلى سوريا ستافان دي ميستورا المشارك في المحادثات : إن الأطراف اتفقت على تشكيل مجموعة عمل .'),
    ['ستافان دي ميستورا', 'مبعوث الأمم المتحدة إلى سوريا'],
  );
  assert.deepEqual(speaker('وقال مسؤول كبير في إدارة الرئيس باراك أوباما إن الهدف هو إقامة منطقة آمنة .'), [null, 'مسؤول كبير']);
});

test('a subject with a description between commas before أن is not cut into a known name and a proposition', () => {
  assert.deepEqual(speaker('حيث أكد الدكتور محمد فراج أبو النور , الخبير في الشؤون الروسية , أن روسيا سترد على القصف .')[0], 'محمد فراج أبو النور');
  // A noun-phrase proposition after a known subject is still read so ("أكد البيان نجاح العملية").
  assert.deepEqual(statementsOf(['وأكد البيان نجاح العملية ، مشيرا إلى أن الخسائر محدودة .']).map((s) => s.text), ['نجاح العملية', 'الخسائر محدودة']);
});

test('after a comma, the subordinator opening the clause is nobody\'s name', () => {
  const second = (sentence: string) => statementsOf([sentence])[1]?.speaker.name ?? null;
  assert.equal(second('وأوضح المتحدث أن الهجوم وقع فجرا، لأن الجيش أكد أن الخسائر محدودة .'), 'الجيش');
  assert.equal(second('وأوضح المتحدث أن الهجوم وقع فجرا، خاصة وأن الجيش أكد أن الخسائر محدودة .'), 'الجيش');
});
