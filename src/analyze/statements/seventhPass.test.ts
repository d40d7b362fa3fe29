/**
 * Seventh pass: one test per rule added after studying the dev errors. Every sentence was written
 * for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEntities } from '../entities/index.js';
import { findStatements } from './index.js';
import type { Statement } from '../../core/types.js';

const TITLE = 'تطورات الأحداث في المنطقة خلال الأسبوع الماضي';

function run(paragraphs: string[], withEntities = true): Statement[] {
  const entities = withEntities ? findEntities({ title: TITLE, paragraphs }) : null;
  return findStatements({ title: TITLE, paragraphs, publishedAt: '2021-03-14', entities });
}

test('a quote left open ends where a reporting clause with a colon opens the next one', () => {
  const got = run(['وقال الوزير أمام الصحفيين : " سنبدأ سحب القوات غدا وأضاف الوزير : " خلال عامين حققنا أهدافنا كلها .']);
  assert.deepEqual(
    got.map((s) => [s.cue, s.text]),
    [
      ['قال', 'سنبدأ سحب القوات غدا'],
      ['أضاف', 'خلال عامين حققنا أهدافنا كلها .'],
    ],
  );
});

test('a quote left open ends at a و-cue with its content; a first-person audience stays quoted', () => {
  const closed = run(['وقال المدير : " لن نتراجع عن الخطة وأكد المدير أن العمل مستمر في المصنع .']);
  assert.deepEqual(closed.map((s) => s.cue), ['قال', 'أكد']);
  assert.equal(closed[1]!.text, 'العمل مستمر في المصنع');
  const inner = run(['وقال المدير : " ذهبت إليه وقال لي إن الخطة جاهزة " .']);
  assert.equal(inner.length, 1);
  assert.match(inner[0]!.text, /وقال لي إن الخطة جاهزة/u);
});

test('اتهم: the accused is part of the content, after a continuation, a semicolon or a quoted name', () => {
  const got = run([
    'وأوضح الوزير أن الحكومة ستتحرك، واتهم الحكومة الإيرانية بالإخلال بالاتفاق.',
    'اتهم الناطق باسم وحدات حماية الشعب ; فصائل في الجيش الحر باستهداف مناطق المدنيين .',
    'واتهم سامي العلي الناطق باسم " جبهة الأحرار " النظام السوري باستهداف السوق .',
    'فيما اتهم الإعلام الرسمي المجموعات المسلحة في الغوطة بقصف المعرض.',
  ]);
  const accusations = got.filter((s) => s.cue === 'اتهم');
  assert.deepEqual(accusations.map((s) => s.text), [
    'الحكومة الإيرانية بالإخلال بالاتفاق',
    'فصائل في الجيش الحر باستهداف مناطق المدنيين',
    'النظام السوري باستهداف السوق',
    'المجموعات المسلحة في الغوطة بقصف المعرض',
  ]);
  assert.deepEqual(accusations[1]!.speaker, { name: null, role: 'الناطق باسم وحدات حماية الشعب' });
  assert.equal(accusations[3]!.speaker.name, 'الإعلام الرسمي');
});

test('the body after باسم belongs to the role; a name after it is the holder', () => {
  const got = run(['وقال الناطق باسم وحدات حماية الشعب إن الوضع مستقر.', 'وقال المتحدث باسم حماس فوزي برهوم إن الحركة ملتزمة بالتهدئة.']);
  assert.deepEqual(got[0]!.speaker, { name: null, role: 'الناطق باسم وحدات حماية الشعب' });
  assert.deepEqual(got[1]!.speaker, { name: 'فوزي برهوم', role: 'المتحدث باسم حماس' });
});

test('joint sources speak as the first; two offices of one man stay one role', () => {
  const got = run(['قتل أربعة أطفال في القصف ، وفق ما أفاد المرصد السوري لحقوق الإنسان ومصدر طبي .', 'وقال نائب رئيس الوزراء ووزير الخارجية الأردني أيمن الصفدي إن الحوار مستمر.']);
  assert.equal(got[0]!.speaker.name, 'المرصد السوري لحقوق الإنسان');
  assert.deepEqual(got[1]!.speaker, { name: 'أيمن الصفدي', role: 'نائب رئيس الوزراء ووزير الخارجية الأردني' });
});

test('a stray closing curly mark right before the opener does not empty the quotation', () => {
  const got = run(['بدوره، قال سامي العلي، نائب رئيس قسم الهندسة في الشركة” “مهمتنا هي خدمة الناس في كل مكان.” وأضاف: “ستكون هذه فرصة عظيمة لنا.”']);
  assert.deepEqual(got.map((s) => [s.cue, s.text, s.direct]), [
    ['قال', 'مهمتنا هي خدمة الناس في كل مكان', true],
    ['أضاف', 'ستكون هذه فرصة عظيمة لنا', true],
  ]);
});

test('an accusative noun after a cue verb is no one-word surname; a short foreign name still is', () => {
  const people = (p: string): string[] => findEntities({ title: TITLE, paragraphs: [p] }).entities.filter((e) => e.type === 'person').map((e) => e.name);
  assert.deepEqual(people('إن الهند اتهمت عددا من المواطنين بالتسلل.'), []);
  assert.deepEqual(people('مما يؤكد قطعا أنهم أحضروها معهم.'), []);
  assert.deepEqual(people('وقال زوما إن الحزب موحد.'), ['زوما']);
});
