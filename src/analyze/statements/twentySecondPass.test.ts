/**
 * Twenty-second pass (session 27): from dev set 9's wrong speakers. An unnamed source, or a count
 * of people, keeps whom it is one of after من, as it already did after في. Every sentence was
 * written for these tests; the names are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statementsOf } from './pass-helpers.js';

test('"مسؤول من <body>" and "عدد من <people>" keep their affiliation', () => {
  const [official] = statementsOf(['وقال مسؤول من حركة النهضة في اتصال هاتفي إن المفاوضات توقفت .']);
  assert.equal(official?.speaker.name, null);
  assert.equal(official?.speaker.role, 'مسؤول من حركة النهضة');
  const [citizens] = statementsOf(['وأكد عدد من المواطنين الذين التقتهم الصحيفة أن الأسعار ارتفعت كثيرا .']);
  assert.equal(citizens?.speaker.role, 'عدد من المواطنين');
  const [sources] = statementsOf(['وذكرت مصادر من وزارة الدفاع أن التدريبات ستبدأ الأسبوع المقبل .']);
  assert.equal(sources?.speaker.role, 'مصادر من وزارة الدفاع');
});

test('"من جهته" after an unnamed official is no affiliation, and a source close to a body keeps the whole body', () => {
  const [side] = statementsOf(['وقال مسؤول من جهته إن الاتفاق صامد .']);
  assert.equal(side?.speaker.role, 'مسؤول');
  const [near] = statementsOf(['وكشفت مصادر مقربة من تنظيم هيئة الشام الحرة أن القيادة تغيرت .']);
  assert.equal(near?.speaker.role, 'مصادر مقربة من تنظيم هيئة الشام الحرة');
});

test('a quoted name closes a fronted topic and a role: "أما رئيس الوزراء « بن علي يلدرم » فشدد"', () => {
  const said = statementsOf([
    'قال الرئيس سامي الخطيب إن الحكومة لن تسمح بالفوضى .',
    'أما رئيس الوزراء " بن علي يلدرم " فشدد على أن الهدف هو حماية المدنيين .',
  ]);
  assert.equal(said[1]?.speaker.name, 'بن علي يلدرم');
  // The quoted name ends the speaker: the words after it are the sentence's.
  const [called] = statementsOf(['ودعا الصحفي الإسرائيلي " بن كسبيت " بعبارات ضمنية إلى معاقبة المتظاهرين .']);
  assert.equal(called?.speaker.name, 'بن كسبيت');
});

test('a colon without quotation marks reports the words, not a quotation: direct only when quoted', () => {
  const [colon] = statementsOf(['وقالت مصادر أخرى : إن الحزب يرمي من وراء هذا الصمت إلى التغطية على عجزه .']);
  assert.equal(colon?.direct, false);
  assert.ok(colon!.text.includes('الحزب يرمي'), colon!.text);
  const [quoted] = statementsOf(['وقال الوزير : " سنواصل العمل حتى النهاية " .']);
  assert.equal(quoted?.direct, true);
  const [afterThat] = statementsOf(['وقال الوزير إن " الحكومة ستواصل العمل حتى النهاية " .']);
  assert.equal(afterThat?.direct, true);
});

test('a negator answered by إلا or سوى restricts and does not deny; "ألا" and a split "الا ن" still negate', () => {
  const [only] = statementsOf(['وأكد عدد من المواطنين أن هذا العمل الجبان لن يزيدهم إلا تماسكا خلف القيادة .']);
  assert.equal(only?.negated, false);
  const [left] = statementsOf(['وقال التحالف إنه لم يتبق سوى أقل من ألف مقاتل في المنطقة .']);
  assert.equal(left?.negated, false);
  const [now] = statementsOf(['وأكد الرئيس أن بلاده لن ترسل من الا ن فصاعدا أي أسلحة إلى المنطقة .']);
  assert.equal(now?.negated, true);
  const [plain] = statementsOf(['وقال الوزير إن الحكومة لن ترفع الدعم عن الخبز هذا العام .']);
  assert.equal(plain?.negated, true);
});

test("a passer-by's words printed right after his name, with no colon, quote or أن", () => {
  const said = statementsOf([
    'استنكر أبناء المنطقة الحادث الإرهابي الذي وقع في المسجد أمس .',
    'ومن جانبه قال خالد الشهري أعزي نفسي وأعزي وطني الغالي في رجال أمننا البواسل .',
    'وقال محمد عبدالله معشي لن يزدنا هذا التفجير الغادر إلا صلابة .',
  ]);
  assert.deepEqual(said.map((s) => s.speaker.name), ['خالد الشهري', 'محمد عبدالله معشي']);
  assert.ok(said[0]!.text.startsWith('أعزي نفسي'), said[0]!.text);
  assert.equal(said[0]!.direct, false);
  // A time phrase after the speaker is no speech: the content still starts at إن.
  const [week] = statementsOf(['وقال الوزير سامي الخطيب هذا الأسبوع إن الحكومة ستواصل العمل .']);
  assert.equal(week?.text, 'الحكومة ستواصل العمل');
});
