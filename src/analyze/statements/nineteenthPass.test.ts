/**
 * Nineteenth pass (session 20), from the dev gold's continuation errors, each checked on all 2,429
 * Baly pages: "أما X فقد أكد" fronts X as the subject as "أما X فأكد" does; a relative clause on a
 * phrase that ends in a person the article knows has that person as its subject, however long his
 * office; a بـ-object after a verb whose content is no بـ-phrase ("رحب بأعضاء اللجنة") is no
 * subject. Every sentence was written for these tests; the names are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statementsOf } from './pass-helpers.js';

test('"أما X فقد <cue>" takes X as the speaker, not the last one', () => {
  const said = statementsOf([
    'وقال المواطن سامي الحربي إن العين مقصد للعائلات في الصيف .',
    'أما ماجد العتيبي فقد أكد حرصه على الحضور كل أسبوع مع أبنائه .',
  ]);
  assert.equal(said[1]?.speaker.name, 'ماجد العتيبي');
  // A role as the topic, with a comma before فقد.
  const role = statementsOf(['وأعلن الوزير خطة جديدة للطرق . أما رئيس البلدية , فقد قال إن الأعمال تبدأ الشهر المقبل .']);
  assert.equal(role.at(-1)?.speaker.role, 'رئيس البلدية');
});

test('a relative clause on a known person takes him as its subject, however long his office', () => {
  const said = statementsOf([
    'واستقبل الرئيس وزير الخارجية الكرواتي توميسلاف باران , الذي قال إن بلاده تدعم الحوار .',
  ]);
  assert.equal(said[0]?.speaker.name, 'توميسلاف باران');
  // The antecedent's first head is a body he heads: the name, with the rank before it, is the subject.
  const rank = statementsOf([
    'والتقى الوفد رئيس هيئة الموانئ البحرية الفريق عادل منصور , الذي رحب بأعضاء الوفد مؤكدا أن الميناء جاهز للتوسعة .',
  ]);
  assert.equal(rank[0]?.speaker.name, 'عادل منصور');
});

test('a بـ-object after the cue is no subject; a verb whose content is a بـ-phrase keeps it as content', () => {
  // "بأعضاء الوفد" is what رحب governs: the relative's antecedent is the speaker.
  const welcome = statementsOf(['واستقبل المحافظ اللواء نبيل سعد , الذي رحب بأعضاء الوفد مؤكدا أن المحافظة تفتح أبوابها للمستثمرين .']);
  assert.equal(welcome[0]?.speaker.name, 'نبيل سعد');
  // An object, then the subject: an office after the object still opens it.
  const after = statementsOf(['ورحب بالوفد رئيس الغرفة التجارية مؤكدا أن العلاقات متينة .']);
  assert.equal(after[0]?.speaker.role, 'رئيس الغرفة التجارية');
  // "وعد بإعادة التفاوض": the promise itself, not an object before a subject.
  const promise = statementsOf(['وكان رئيس الوزراء هاني فارس قد وعد بإعادة التفاوض على شروط الاتفاق قبل نهاية العام .']);
  assert.equal(promise[0]?.speaker.name, 'هاني فارس');
  assert.match(promise[0]?.text ?? '', /بإعادة التفاوض/u);
  // "وأوضح بالقول": an adverb of that shape; the speaker continues.
  const adverb = statementsOf(['وقال الخبير رامي سليم إن الأسعار سترتفع .', 'وأوضح بالقول " السوق لا يحتمل زيادة أخرى " .']);
  assert.equal(adverb[1]?.speaker.name, 'رامي سليم');
  // One بال-word alone may be a surname the entity analysis missed: it stays the subject.
  const surname = statementsOf(['ويقول بالانتي " الحل في الحوار " .']);
  assert.equal(surname[0]?.speaker.name, 'بالانتي');
});
