/**
 * Ninth pass (session 10): one test per rule added after studying the dev errors. Every sentence
 * was written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEntities } from '../entities/index.js';
import { findStatements } from './index.js';
import { extractFromText } from '../../extract/text/extract.js';
import type { Statement } from '../../core/types.js';

const TITLE = 'تطورات الأحداث في المنطقة خلال الأسبوع الماضي';

function run(paragraphs: string[]): Statement[] {
  const entities = findEntities({ title: TITLE, paragraphs });
  return findStatements({ title: TITLE, paragraphs, publishedAt: '2021-03-14', entities });
}

const speakers = (got: Statement[]): [string | null, string | null, string][] => got.map((s) => [s.speaker.name, s.speaker.role, s.cue]);

test('a name in apposition after a role that ends with "في + place" is the speaker', () => {
  const got = run(['وأوضح القيادي في التحالف الحاكم في العراق ، سامي الخطيب ، أن الحديث مستمر.']);
  assert.deepEqual(speakers(got), [['سامي الخطيب', 'القيادي في التحالف الحاكم في العراق', 'أوضح']]);
  // Without an apposition the adjunct stays out of the role.
  const adjunct = run(['وقال الوزير في بيروت إن الوفد سيصل غدا.']);
  assert.deepEqual(speakers(adjunct), [[null, 'الوزير', 'قال']]);
});

test('a town name that opens a known person\'s name is the name, not the office\'s place', () => {
  // جاسم is a town in Daraa and a first name.
  const got = run(['وأوضح القيادي في الحزب ، جاسم محمد جعفر ، أن الحديث مستمر.']);
  assert.deepEqual(speakers(got), [['جاسم محمد جعفر', 'القيادي في الحزب', 'أوضح']]);
});

test('after a masculine verb a feminine place or body is the object: the speaker continues', () => {
  const got = run(['وقال المتحدث باسم الخارجية سامي الخطيب إن الوضع صعب.', 'ودعا الهند إلى وقف الاتهامات.', 'ودعا الحكومة إلى تقديم الأدلة.']);
  assert.deepEqual(speakers(got).map((s) => s[0]), ['سامي الخطيب', 'سامي الخطيب', 'سامي الخطيب']);
  // Masculine countries and the buildings that stand for a government speak with a masculine verb.
  assert.deepEqual(speakers(run(['وأعلن العراق أن الحدود مغلقة.']))[0]![0], 'العراق');
  assert.deepEqual(speakers(run(['وقال الكرملين إن المحادثات مستمرة.']))[0]![0], 'الكرملين');
  assert.deepEqual(speakers(run(['ودعت الهند إلى وقف الاتهامات.']))[0]![0], 'الهند');
});

test('حث reports a call, like دعا', () => {
  const got = run(['وقبيل تصويت المجلس حث الرئيس سامي العلي جميع الأعضاء على تجديد التحقيق في الهجمات.']);
  assert.deepEqual(got.map((s) => [s.speaker.name, s.cue, s.text]), [['سامي العلي', 'حث', 'تجديد التحقيق في الهجمات']]);
});

test('a sentence opened by a time adjunct: a participle\'s subject is the phrase the entity analysis knows', () => {
  const got = run(['وحتى الآن استخدمت روسيا حق النقض عشر مرات، قائلة إنها تريد انتظار التقرير.']);
  assert.deepEqual(speakers(got), [['روسيا', 'روسيا', 'قال']]);
});

test('a لِلـ audience right after the cue is no speaker; nor is a topic after بشأن', () => {
  const got = run(['وقال الوزير سامي العلي إن الأمر مهم.', 'وأضاف للصحيفة : " أنا أحب بلدي " .']);
  assert.deepEqual(speakers(got).map((s) => s[0]), ['سامي العلي', 'سامي العلي']);
  const vso = run(['وقال للصحفيين وزير الخارجية سامي العلي إن الأمر مهم.']);
  assert.deepEqual(speakers(vso), [['سامي العلي', 'وزير الخارجية', 'قال']]);
  const topic = run(['وقال الوزير سامي العلي إن الأمر مهم.', 'وأضاف الرئيس الفرنسي يقول بشأن الملف السوري : إن الحل سياسي.']);
  assert.deepEqual(speakers(topic)[1], [null, 'الرئيس الفرنسي', 'قال']);
});

test('a present cue after a verb of going on and its subject is said by that subject', () => {
  assert.deepEqual(speakers(run(['ومضى الرئيس يقول إن الحل قريب.'])), [[null, 'الرئيس', 'قال']]);
  assert.deepEqual(speakers(run(['وراح الوزير سامي العلي يقول إن الحل قريب.'])), [['سامي العلي', 'الوزير', 'قال']]);
});

test('with no earlier speaker, a subject-less cue names no one (a guessed name is worse than none)', () => {
  // Continuing the article's first person was tried (session 10): on 30 unlabelled SaudiNewsNet
  // firings it named the right person about half the time, often where the parser had missed an
  // explicit speaker, so the speaker stays unnamed. Since session 20 the subject of the sentence
  // right before is continued ("عقد الرئيس … هادي اجتماعا. وشدد على…", nineteenthPass.test.ts);
  // a sentence between them, and nobody is.
  const got = run(['عقد الرئيس عبدربه سالم هادي اليوم اجتماعا مع مستشاريه.', 'وحضر الاجتماع عدد من القادة العسكريين.', 'وشدد على أهمية المضي في تطهير المحافظات كافة.', 'وأكد الرئيس أن الحكومة تقف مع كل الخطوات.']);
  assert.deepEqual(speakers(got)[0], [null, null, 'شدد']);
});

test('a word a scraper cut before its final alif is read whole once the text is extracted ("مشير ا")', () => {
  const text = 'وقال الوزير سامي العلي إن الهجوم كان مباغت ا , مشير ا إلى أن القصف مستمر.';
  const paragraphs = extractFromText(`عنوان الخبر\n${text}`).paragraphs;
  const got = run(paragraphs);
  assert.deepEqual(got.map((s) => [s.speaker.name, s.cue, s.text]), [
    ['سامي العلي', 'قال', 'الهجوم كان مباغتا'],
    ['سامي العلي', 'أشار', 'القصف مستمر'],
  ]);
});

test('after a verb whose known subject stands before it, an unknown ل-word is the audience', () => {
  const got = run(['الرائد سامي العلي , الناطق باسم الجبهة , قال لعنب بلدي إن المعركة مستمرة.']);
  assert.deepEqual(speakers(got), [['سامي العلي', 'الرائد الناطق باسم الجبهة', 'قال']]);
});

test('an outlet in quotes after لـ, a pronoun phrase and an audience\'s adjectives stand between the cue and its subject', () => {
  assert.deepEqual(speakers(run(['وأوضح لـ"الاقتصادية" فايز حمادة، نائب رئيس اللجنة، أن الحكومة تبذل الأموال.'])), [['فايز حمادة', 'نائب رئيس اللجنة', 'أوضح']]);
  assert.deepEqual(speakers(run(['وقال ل - " سبوتنيك " المحلل سامي العلي إن الوضع هادئ.'])), [['سامي العلي', 'المحلل', 'قال']]);
  assert.deepEqual(speakers(run(['وأكد فيه دونالد بوث، المبعوث الأميركي، أن صبر بلاده قد نفد.'])), [['دونالد بوث', 'المبعوث الأميركي', 'أكد']]);
  // A plural after the pronoun phrase is the verb's object, not its subject.
  const object = run(['وقال الوزير سامي العلي إن الأمر مهم.', 'وأطلق الوزير نداء دعا فيه الأطباء المتطوعين إلى الإسهام في العلاج.']);
  assert.notEqual(object[1]?.speaker.role, 'الأطباء المتطوعين');
  const audience = run(['وقال الوزير سامي العلي إن الأمر مهم.', 'وأضاف للمفوضية الأوروبية إنه ينبغي البدء في الإعداد.']);
  assert.deepEqual(speakers(audience).map((s) => s[0]), ['سامي العلي', 'سامي العلي']);
});

test('a relative clause with a resumptive pronoun does not make its antecedent the speaker', () => {
  const got = run(['وقال الوزير سامي العلي إن الأمر مهم.', 'وأصدر المجلس البيان الذي أكد فيه أن الحل قريب.']);
  assert.deepEqual(speakers(got).map((s) => s[0]), ['سامي العلي', 'سامي العلي']);
});

test('a time noun before a relative clause is no speaker', () => {
  const got = run(['وقال الوزير سامي العلي إن الأمر مهم.', 'ففي اليوم الذي أعلن أن الحدود مغلقة، وصل الوفد.']);
  assert.deepEqual(speakers(got).map((s) => s[0]), ['سامي العلي', 'سامي العلي']);
});

test('an adverb glued to لل after the cue is not skipped as an audience', () => {
  const got = run(['وقالت الهيئة إن الموسم انتهى.', 'لكنها أقرت للمرة الأولى بأنها تدرس خطة جديدة.']);
  assert.equal(got[1]!.speaker.role, 'الهيئة');
  assert.ok(got.every((s) => s.speaker.role !== 'الأولى' && s.speaker.name !== 'الأولى'));
});
