/**
 * Eleventh pass (session 12): the most frequent "names" of the 109,150 statements stored from
 * SaudiNewsNet were no names: "د" (763, from "د. نبيل العربي"), "صحيفة" (422, the outlet's name in
 * quotes after it), "سموه"/"معاليه"/"سماحته"/"فضيلته" (686), "عيان" (130, of "شهود عيان"), "لي"
 * (116, "قال لي"), "كبير" (94, "مسؤول كبير"), "صلى الله" (82), "إذ", "جانبه", "النقاب"….
 * Every sentence was written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { speakers, statementsOf } from './pass-helpers.js';
import { findEntities } from '../entities/index.js';
import { findStatements } from './index.js';


test('a title abbreviated with a full stop (د. م. أ.) does not end the speaker on the abbreviation', () => {
  const doctor = statementsOf(['وأعرب الأمين العام لجامعة الدول العربية د. نبيل العربي عن إدانته الشديدة للتفجير الإرهابي.']);
  assert.deepEqual(speakers(doctor), [['نبيل العربي', 'الأمين العام لجامعة الدول العربية']]);
  const engineer = statementsOf(['وقال م. عبداللطيف آل الشيخ إن المشروع سيكتمل قبل نهاية العام.']);
  assert.deepEqual(speakers(engineer), [['عبداللطيف آل الشيخ', null]]);
});

test('a family name with آل is a name, not a role: "آل الشيخ" is no sheikh', () => {
  const got = statementsOf(['وقال وزير الشؤون البلدية عبداللطيف آل الشيخ إن العمل بدأ في المشروع.']);
  assert.deepEqual(speakers(got), [['عبداللطيف آل الشيخ', 'وزير الشؤون البلدية']]);
});

test('a newspaper speaks under its quoted name, numbers included, and "الصحيفة" refers back to it', () => {
  const got = statementsOf(['وقالت صحيفة "تورينغر 24" إن لاجئا سوريا لفت النظر إلى حالة لاجئ آخر. وأشارت الصحيفة إلى أن القصة بدأت العام الماضي.']);
  assert.deepEqual(got.map((s) => s.speaker.name), ['صحيفة تورينغر 24', 'صحيفة تورينغر 24']);
});

test('an honorific with a pronoun (سموه، معاليه) is the person last quoted, by name or by office', () => {
  const prince = statementsOf([
    'رعى الأمير فيصل بن بندر أمير منطقة الرياض الحفل الذي أقيم في القاعة الكبرى. وقال الأمير فيصل بن بندر إن المنطقة تشهد نهضة كبيرة.',
    'وأكد سموه أن الدولة تدعم الشباب في كل مكان.',
  ]);
  assert.equal(prince.at(-1)?.speaker.name, 'فيصل بن بندر');
  const minister = statementsOf([
    'حذر وزير الشؤون الإسلامية من الغزو الفكري، مبينا أن الإعلام المفتوح أسهم في إذكاء نار الخلل الفكري.',
    'وقال معاليه: لقد أوحت هذه الفضائيات للناظرين وكأن الدنيا أصبحت قرية صغيرة.',
  ]);
  assert.deepEqual(speakers(minister).at(-1), [null, 'وزير الشؤون الإسلامية']);
  // Nobody quoted before: the honorific stays the role, with no name.
  const alone = statementsOf(['وأكد سموه أن الدولة تدعم الشباب في كل مكان.']);
  assert.deepEqual(speakers(alone), [[null, 'سموه']]);
});

test('لـ + a pronoun is whom the words were said to: a role after it speaks, and alone it names nobody', () => {
  const got = statementsOf([
    'وقال سامي الخطيب للصحفيين إن الخطة بدأت في موعدها المحدد.',
    'ثم قال لي إن العمل سينتهي قريبا جدا. وقال لي مدير المهرجان إن الاستعدادات اكتملت.',
    'وقال لي كه تشيانغ إن الصين ستدعم النمو.',
  ]);
  assert.deepEqual(speakers(got), [
    ['سامي الخطيب', null],
    [null, null],
    [null, 'مدير المهرجان'],
    ['لي كه تشيانغ', null],
  ]);
});

test('words describing an unnamed speaker (كبير، عيان) stay in the role', () => {
  const got = statementsOf(['وقال مسؤول إسرائيلي كبير إن التنسيق مستمر. وقال شهود عيان إن الميليشيات اقتحمت المنازل.']);
  assert.deepEqual(speakers(got), [
    [null, 'مسؤول إسرائيلي كبير'],
    [null, 'شهود عيان'],
  ]);
});

test('a conjunction, an idiom\'s object or a report with no issuer is never the name', () => {
  const got = statementsOf([
    'وأكد الخبير الاقتصادي سامي الخطيب أن طهران ستواجه ثلاثة تحديات، إذ قال إن مستوى الإنتاج تراجع كثيرا.',
    'وذكرت تقارير إعلامية أن الشركات الأوروبية تستعد لدخول السوق. وقال الباحثون إن النتائج مشجعة جدا.',
    'وفي السياق نفسه، كشف النقاب أمس عن مساع يبذلها الوسطاء لحل الأزمة.',
    'وقال صلى الله عليه وسلم: إنما الأعمال بالنيات.',
  ]);
  assert.deepEqual(speakers(got), [
    ['سامي الخطيب', 'الخبير الاقتصادي'],
    ['سامي الخطيب', 'الخبير الاقتصادي'],
    [null, 'تقارير إعلامية'],
    [null, 'الباحثون'],
    [null, null],
    [null, 'صلى الله عليه وسلم'],
  ]);
});

test('a statement is never dated by the newspaper اليوم, nor after the article that reports it', () => {
  const got = statementsOf([
    'وأوضح المسؤولون خلال حديثهم لـ «اليوم» أن الاستعدادات اكتملت تماما.',
    'وقال المدير لصحيفة "اليوم" إن العمل مستمر في كل المواقع.',
    'وقال الوزير اليوم إن الخطة جاهزة للتنفيذ.',
    'وقال المتحدث في الثالث من أغسطس إن الاجتماع سيعقد في موعده.',
    'وقال المتحدث أمس إن الوفد وصل.',
  ]);
  // Published 2015-07-21: "اليوم" is that day, أمس the day before; 3 August is after it, so it is an event's.
  assert.deepEqual(got.map((s) => s.date), [null, null, '2015-07-21', null, '2015-07-20']);
});

test('one of a group (أحدهم، بعضهم) is an unnamed role, and "بهذا الخصوص" goes on with the speaker', () => {
  const got = statementsOf([
    'وقال سامي الخطيب إن الخدمات تحسنت كثيرا هذا العام. وقال أحدهم إن الطرق ما زالت سيئة.',
    'وأوضح بهذا الخصوص أن البلدية وعدت بالإصلاح. وقال بعضهم إن الأسعار مرتفعة. وقال مواطنون إن الحي هادئ.',
  ]);
  assert.deepEqual(speakers(got), [
    ['سامي الخطيب', null],
    [null, 'أحدهم'],
    [null, 'أحدهم'],
    [null, 'بعضهم'],
    [null, 'مواطنون'],
  ]);
});

test('a headline naming an office takes the body\'s first holder of it, keeping its own words as the role', () => {
  const title = 'وزير الخارجية : موقفنا من حماس لم يتغير';
  const paragraphs = [
    'أكد عادل الجبير وزير الخارجية السعودي أنه لم تكن هناك زيارة رسمية لوفد من الحركة إلى المملكة.',
    'وقال سامح شكري وزير الخارجية المصري في المؤتمر نفسه إن البلدين متفقان على دعم الاستقرار.',
  ];
  const entities = findEntities({ title, paragraphs });
  const got = findStatements({ title, paragraphs, publishedAt: '2015-07-21', entities });
  const headline = got.find((s) => s.cue === ':');
  assert.deepEqual(headline?.speaker, { name: 'عادل الجبير', role: 'وزير الخارجية' });
});
