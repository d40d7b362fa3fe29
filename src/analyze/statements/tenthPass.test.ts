/**
 * Tenth pass (session 11): speaker names read on unlabelled SaudiNewsNet articles, where a span
 * that ran past the name ("… أمين المنطقة الشرقية", "… بقوة الاتهامات") or a famous namesake
 * (عادل الجبير for "الجبير") gave the wrong or a padded name. Every sentence was written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEntities } from '../entities/index.js';
import { findStatements } from './index.js';
import type { Entity, Statement } from '../../core/types.js';

const TITLE = 'فعاليات متنوعة في المنطقة خلال الأسبوع';

function analyze(paragraphs: string[]): { statements: Statement[]; entities: Entity[] } {
  const entities = findEntities({ title: TITLE, paragraphs });
  return { statements: findStatements({ title: TITLE, paragraphs, publishedAt: '2015-07-21', entities }), entities: entities.entities };
}

const speakers = (got: Statement[]): [string | null, string | null][] => got.map((s) => [s.speaker.name, s.speaker.role]);

test('a famous surname used alone names the person of the article who bears it', () => {
  const { statements, entities } = analyze([
    'وقال المهندس فهد بن محمد الجبير أمين المنطقة الشرقية إن الاستعدادات اكتملت.',
    'وأكد الجبير أن الفعاليات ستقام في الدمام والخبر.',
  ]);
  assert.deepEqual(statements.map((s) => s.speaker.name), ['فهد بن محمد الجبير', 'فهد بن محمد الجبير']);
  assert.equal(entities.some((e) => e.name === 'عادل الجبير'), false);
  // With nobody else of that name in the article, the surname is still the famous man.
  const alone = analyze(['وقال الجبير إن المملكة تدعم الحل السياسي.']);
  assert.deepEqual(alone.statements.map((s) => s.speaker.name), ['عادل الجبير']);
});

test('words after a known person that are no name part are not the name: a short office is the role', () => {
  const office = analyze(['وقال المهندس فهد بن محمد الجبير أمين المنطقة الشرقية إن العمل بدأ.', 'وأضاف الجبير أن الأمانة جاهزة.']);
  // The title before the name stays in the role, before the office ("اللواء … المتحدث الأمني" alike).
  assert.deepEqual(speakers(office.statements)[0], ['فهد بن محمد الجبير', 'المهندس أمين المنطقة الشرقية']);
  const object = analyze(['وقال سامي الخطيب إن الاجتماع انتهى.', 'ونفى الرئيس سامي الخطيب بقوة الاتهامات الموجهة إليه.']);
  assert.deepEqual(speakers(object.statements)[1], ['سامي الخطيب', 'الرئيس']);
  // A noun he completes is no title: "خصوم الخطيب" are his opponents, not him.
  const opponents = analyze(['وقال سامي الخطيب إن الاجتماع انتهى.', 'وقال خصوم الخطيب الجمهوريون إن الاجتماع فشل.']);
  assert.notEqual(opponents.statements[1]?.speaker.name, 'سامي الخطيب');
});

test('a longer name the entity analysis does not know is not cut down to a known part of it', () => {
  // A family name after the known part (a nisba, a Hadrami با… name) is more of the name.
  const nisba = analyze(['وقال أحمد الخازم إن المهرجان ناجح.', 'وأشاد رئيس اللجنة الدكتور أحمد الخازم الغامدي بدعم الأمانة، مؤكدا أن المهرجان نجح.']);
  assert.equal(nisba.statements.length, 2);
  assert.match(nisba.statements[1]!.speaker.name ?? '', /^أحمد الخازم الغامدي/u);
  const hadrami = analyze(['وقال محمد أبو بكر إن المدرسة جاهزة.', 'وأكد المرشد التربوي محمد أبو بكر باعبدالله أن الطلاب مستعدون.']);
  assert.deepEqual(speakers(hadrami.statements)[1], ['محمد أبو بكر باعبدالله', 'المرشد التربوي']);
});

test('an office after the name is what a later reference names; the title before it still refers too', () => {
  const office = analyze([
    'وقال الشيخ سامي الخطيب مفتي المدينة إن العيد يوم الأحد.',
    'وأضاف المفتي أن الصلاة في الساحات.',
  ]);
  assert.deepEqual(office.statements.map((s) => s.speaker.name), ['سامي الخطيب', 'سامي الخطيب']);
  const title = analyze([
    'وقال العميد سامي الخطيب قائد اللواء الثالث إن القوات تقدمت.',
    'وأكد العميد الخطيب أن المدينة آمنة.',
  ]);
  assert.deepEqual(title.statements.map((s) => s.speaker.name), ['سامي الخطيب', 'سامي الخطيب']);
});

test('"باسمه" after the speaker says in whose name he speaks, not who he is', () => {
  const { statements } = analyze(['وأعرب الملك المفدى باسمه واسم شعب المملكة عن أصدق التهاني للرئيس.']);
  assert.deepEqual(speakers(statements), [[null, 'الملك المفدى']]);
  // After a spokesperson it is the body he speaks for.
  const spokeswoman = analyze(['وذكرت متحدثة باسمه أن الجنود أوقفوا رجلا.']);
  assert.deepEqual(speakers(spokeswoman.statements), [[null, 'متحدثة باسمه']]);
});

test('a surname two listed people share names the one the article names in full, even before it', () => {
  const { statements, entities } = analyze([
    'وقالت كلينتون إن الحصار المفروض على الجزيرة يجب أن ينتهي.',
    'وأضافت وزيرة الخارجية السابقة هيلاري كلينتون أن السياسة القديمة فشلت.',
  ]);
  assert.deepEqual(statements.map((s) => s.speaker.name), ['هيلاري كلينتون', 'هيلاري كلينتون']);
  assert.equal(entities.some((e) => e.name === 'بيل كلينتون'), false);
});

test('لـ + a role after the speaker\'s name is the official spoken to, not the speaker', () => {
  const { statements } = analyze([
    'وأكد الشيخ محمد بن زايد لوزير الخارجية عادل الجبير أن السعودية تمثل حجر الزاوية في الدفاع عن القضايا العربية.',
  ]);
  assert.deepEqual(speakers(statements), [['محمد بن زايد', 'الشيخ']]);
  // After a report noun, لـ names the author: "بحسب تصريح لمفوضة الاتحاد".
  const author = analyze(['وبحسب تصريح لمفوضة السياسة الخارجية للاتحاد الأوروبي فإن المحادثات مستمرة.']);
  assert.equal(author.statements.length, 1);
  assert.notEqual(author.statements[0]!.speaker.name, 'تصريح');
  // After a definite family name too; not after a title's adjective, nor لامين (Lamine, not "to the secretary").
  const surname = analyze(['وأكد وزير الخارجية عادل الجبير لرئيس الوزراء البريطاني أن المملكة تدعم الحل السياسي.']);
  assert.deepEqual(speakers(surname.statements), [['عادل الجبير', 'وزير الخارجية']]);
  const lamine = analyze(['وقال لامين دياك رئيس الاتحاد الدولي لألعاب القوى إن البطولة ستقام في موعدها.']);
  assert.notEqual(lamine.statements[0]?.speaker.name ?? null, null);
});

test('باسمه after a spokesman and his adjectives is whose spokesman he is', () => {
  const { statements } = analyze(['وقال المتحدث الرسمي باسمها العقيد سامي الخطيب إن العمليات مستمرة في المحافظات الجنوبية.']);
  assert.equal(statements[0]?.speaker.name, 'سامي الخطيب');
});

test('بـ + a body after an unnamed official is where he works, not his name; a known person after it is still named', () => {
  const unnamed = analyze(['وقال مصدر مسئول بمجلس إدارة اتحاد الكرة إن الاتحاد لم يحدد موعد المباراة.']);
  assert.deepEqual(speakers(unnamed.statements), [[null, 'مصدر مسئول بمجلس إدارة اتحاد الكرة']]);
  const officials = analyze(['وتحدث مسؤولون بقوات حرس الحدود عن استئناف القصف على القرى الحدودية.']);
  assert.equal(officials.statements[0]?.speaker.name ?? null, null);
  const named = analyze(['وقال مدير بوزارة الصحة أحمد الشهري إن المستشفى جاهز لاستقبال المرضى.']);
  assert.deepEqual(speakers(named.statements), [['أحمد الشهري', 'مدير بوزارة الصحة']]);
});
