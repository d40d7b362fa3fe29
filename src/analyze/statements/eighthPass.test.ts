/**
 * Eighth pass: one test per rule added after studying the dev errors. Every sentence was written
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

const view = (s: Statement): [string | null, string | null, string, string] => [s.speaker.name, s.speaker.role, s.cue, s.text];

test('masdar cues: the speaker in iḍāfa after the masdar, then a marker, a complementizer or a noun phrase', () => {
  assert.deepEqual(run(['وجاء ذلك بعد ساعات من إعلان وزير الدفاع المصري سامي العلي عن وجود خطر كبير في المنطقة , ولا بد من إزالته .']).map(view), [
    ['سامي العلي', 'وزير الدفاع المصري', 'إعلان', 'وجود خطر كبير في المنطقة'],
  ]);
  assert.deepEqual(run(['وفي إعلان لوزير الخارجية أن المحادثات ستستأنف غدا.']).map(view), [[null, 'وزير الخارجية', 'إعلان', 'المحادثات ستستأنف غدا']]);
  const bloc = run(['وبعد أيام من إعلان كتلة " النهضة " , الانفصال عن " التحالف الوطني " , بزعامة الخطيب , قال قياديون إن الأمر طبيعي .']);
  assert.deepEqual(bloc.map(view)[0], ['كتلة النهضة', null, 'إعلان', 'الانفصال عن " التحالف الوطني "']);
  assert.equal(bloc[1]!.cue, 'قال');
});

test('a masdar cue may have a short adjunct and an addressee between its speaker and its marker', () => {
  assert.deepEqual(run(['وجاءت المعلومات بعد يومين على دعوة الرئيس الفرنسي إيمانويل ماكرون في مقابلة مع الإذاعة، إيطاليا إلى البقاء في الاتحاد.']).map(view), [
    ['إيمانويل ماكرون', 'الرئيس الفرنسي', 'دعوة', 'البقاء في الاتحاد'],
  ]);
});

test('a masdar without a known speaker, or as the object of a cue verb, is no statement', () => {
  assert.deepEqual(run(['وتم إعلان النتائج مساء أمس.']), []);
  assert.deepEqual(run(['وطالب الأهالي بإعلان حالة الطوارئ في المدينة.']), []);
  const promised = run(['وكان الوزير قد وعد بدعوة الناخبين للتصويت لصالح المشروع.']);
  assert.deepEqual(promised.map((s) => [s.cue, s.text]), [['وعد', 'بدعوة الناخبين للتصويت لصالح المشروع']]);
});

test('كرر reports a repeated assertion; its present and other objects do not', () => {
  assert.deepEqual(run(['وكرر الوزير تأكيده على أهمية الحوار بين الأطراف.']).map(view), [[null, 'الوزير', 'كرر', 'تأكيده على أهمية الحوار بين الأطراف']]);
  assert.deepEqual(run(['وكرر الجيش الهجوم على المدينة.']), []);
  assert.deepEqual(run(['المدير يكرر عبارته : لا تراجع !']), []);
});

test('a cue with an object pronoun: the content follows it, the subject of the sentence\'s first verb speaks', () => {
  const got = run(['وقال الوزير سامي العلي إن الاتفاق مهم.', 'وانتقد الرئيس كمال الحسيني الخطة مرارا ووصفها بأنها أسوأ خطة على الإطلاق.']);
  assert.deepEqual(got.map(view)[1], ['كمال الحسيني', 'الرئيس', 'وصف', 'أسوأ خطة على الإطلاق']);
  const relative = run(['وانتقد رئيس جمعية السكان ما وصفه بـ"غياب الصيانة الدورية للطرق".']);
  assert.deepEqual(relative.map(view), [[null, 'رئيس جمعية السكان', 'وصف', 'بـ"غياب الصيانة الدورية للطرق"']]);
});

test('a verb\'s object before its content: after a short adjunct, past a relative clause, after a nisba or title adjective', () => {
  const adjunct = run(['وقالت المتحدثة باسم الشرطة إن الطريق مغلق، ووصفت الوضع في الوقت الراهن بأنه هادئ.']);
  assert.deepEqual(adjunct.map((s) => [s.cue, s.text]), [['قال', 'الطريق مغلق'], ['وصف', 'الوضع في الوقت الراهن بأنه هادئ']]);
  const described = run(['ووصف الادعاء العام الفرنسي الاعتداء الذي استهدف المحطة بأنه " كان عملا إرهابيا " .']);
  assert.deepEqual(described[0]!.speaker, { name: 'الادعاء العام الفرنسي', role: null });
  assert.match(described[0]!.text, /كان عملا إرهابيا/u);
  const former = run(['واتهم الرئيس الأمريكي السابق الحكومة بالتقصير.']);
  assert.deepEqual(former.map(view), [[null, 'الرئيس الأمريكي السابق', 'اتهم', 'الحكومة بالتقصير']]);
});

test('a nominal cue with a pronoun source between the verb and its object is an adjunct', () => {
  const got = run(['وقال الوزير إنه أنهى المراجعة، واتهم وفقا لها الحكومة السابقة بالإهمال.']);
  assert.deepEqual(got.map((s) => [s.cue, s.text]), [['قال', 'أنهى المراجعة'], ['اتهم', 'الحكومة السابقة بالإهمال']]);
  assert.equal(got[1]!.speaker.role, 'الوزير');
});
