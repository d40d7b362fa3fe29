/**
 * One test per rule of the third pass on speaker attribution (issue 3). Every sentence was written
 * for these tests; names and events are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEntities } from '../entities/index.js';
import { findStatements } from './index.js';
import type { Statement } from '../../core/types.js';

function run(paragraphs: string[], withEntities = false): Statement[] {
  const entities = withEntities ? findEntities({ title: '', paragraphs }) : null;
  return findStatements({ title: '', paragraphs, publishedAt: '2021-03-14', entities });
}

test('a straight quote opening a paragraph and followed by "وتابع" closes the open quote', () => {
  const got = run([
    'وقال وزير المالية أحمد سالم: "لن نرفع الدعم هذا العام، والخزينة قادرة على تحمل الكلفة.',
    '" وتابع أن الأسعار ستبقى مستقرة حتى نهاية العام الجاري.',
  ]);
  assert.equal(got.length, 2);
  assert.equal(got[1]!.cue, 'تابع');
  assert.equal(got[1]!.speaker.name, 'أحمد سالم');
  assert.ok(!got[0]!.text.includes('وتابع'));
});

test('a straight quote reopening a paragraph (news style) still runs the quote on', () => {
  const got = run([
    'وقال وزير المالية أحمد سالم: "لن نرفع الدعم هذا العام.',
    '"والخزينة قادرة على تحمل الكلفة حتى الصيف".',
  ]);
  assert.equal(got.length, 1);
  assert.ok(got[0]!.text.includes('الخزينة قادرة'));
});

test('a paragraph whose first straight mark closes the quote: the nested speaker is kept, "وتابع" goes back to the quoting one', () => {
  const got = run([
    'وقال وزير الخارجية مولود أوغلو إن الخطة جاهزة. وأضاف: " أبلغنا الجانب الأمريكي باستيائنا من تزويد الوحدات بالسلاح . . .',
    'وقال الرئيس الأمريكي دونالد ترامب بوضوح إنه أصدر تعليمات بوقف تزويدها بالسلاح " . وتابع : " نرحب بهذا الوعد ونريد أن نراه يطبق " .',
  ]);
  const inner = got.find((s) => s.text.startsWith('أصدر تعليمات'));
  assert.equal(inner?.speaker.name, 'دونالد ترامب');
  const next = got.find((s) => s.cue === 'تابع');
  assert.equal(next?.speaker.name, 'مولود أوغلو');
});

test('a paragraph with one straight mark after "إنه" opens a quote: its cue is read', () => {
  const got = run(['وقال الرئيس سامر نجم: " سنعيد بناء المدارس كلها .', 'وقال إنه " تم الحفاظ على وحدة البلاد وسيادتها .']);
  assert.equal(got.length, 2);
  assert.equal(got[1]!.speaker.name, 'سامر نجم');
});

test('"أنباء أشارت إلى" describes the denied news: one statement by the denying ministry', () => {
  const got = run(['وكانت وزارة الدفاع قد نفت في 12 نوفمبر أنباء أشارت إلى سيطرة المسلحين على المعبر الحدودي.']);
  assert.equal(got.length, 1);
  assert.equal(got[0]!.cue, 'نفى');
  assert.equal(got[0]!.speaker.name, 'وزارة الدفاع');
  assert.ok(got[0]!.text.startsWith('أنباء أشارت'));
});

test('a report noun as subject keeps its cue ("تقارير أشارت", "قال إن تقارير أشارت")', () => {
  const got = run(['تقارير أشارت إلى أن الجفاف سيطول هذا العام.', 'وقال الوزير نادر حسن إن تقارير أشارت إلى ارتفاع الأسعار.']);
  assert.equal(got.length, 2);
  assert.equal(got[1]!.speaker.name, 'نادر حسن');
});

test('"المسؤول الحكومي" refers to the latest named government official, not to a party leader', () => {
  const got = run([
    'وقال وزير الطاقة وليد سالم إن الدعم سيرفع تدريجياً.',
    'وقال رئيس حزب التجمع نبيل خوري إن القرار خاطئ.',
    'وأضاف المسؤول الحكومي أن البطاقة التمويلية ستصرف الشهر المقبل.',
  ]);
  assert.deepEqual(got[2]!.speaker, { name: 'وليد سالم', role: 'المسؤول الحكومي' });
});

test('"المسؤول الحكومي" with no government official before it stays unnamed', () => {
  const got = run(['وقال رئيس حزب التجمع نبيل خوري إن القرار خاطئ.', 'وأضاف المسؤول الحكومي أن البطاقة ستصرف الشهر المقبل.']);
  assert.deepEqual(got[1]!.speaker, { name: null, role: 'المسؤول الحكومي' });
});

test('a role is not resolved to a deputy of that office; the next bare name of the same gender holds it', () => {
  const got = run(
    [
      'وقال نائب وزير الخارجية الروسي سيرغي ريابكوف إن موسكو تلقت النبأ بقلق.',
      'من ناحيته، كان وزير الخارجية الروسي شدد على ضرورة احترام سيادة البلاد.',
      'وقال لافروف في مؤتمر صحفي إن موسكو تدعو إلى التنسيق.',
    ],
    true,
  );
  const minister = got.find((s) => s.text.startsWith('ضرورة'));
  assert.notEqual(minister?.speaker.name, 'سيرغي ريابكوف');
  assert.ok(minister?.speaker.name);
  assert.equal(minister?.speaker.name, got[got.length - 1]!.speaker.name);
});

test('"المكلف بالإعلام في المديرية الملازم الأول X": the body after في and the name stay in the speaker', () => {
  const got = run(['وأوضح المكلف بالإعلام في المديرية الملازم الأول سمير داود أن فرق الغطس تواصل البحث.', 'وقال الوزير في المؤتمر الصحفي إن الخطة جاهزة.']);
  assert.equal(got[0]!.speaker.name, 'سمير داود');
  assert.equal(got[1]!.speaker.role, 'الوزير');
});

test('"أما X، فاعتبرت": the topic fronted by أما is the speaker of the ف-verb, not a continuation', () => {
  const got = run([
    'وقال وزير المالية سامي حداد إن الدعم مستمر.',
    'أما رئيسة جمعية المستهلك في لبنان ليلى عواد، فاعتبرت أن الأسعار تضاعفت، لافتةً إلى أن البنزين يباع بضعف سعره.',
  ]);
  assert.equal(got[1]!.speaker.name, 'ليلى عواد');
  assert.equal(got[2]!.speaker.name, 'ليلى عواد');
});

test('"ودعا السياسيين إلى…": a definite oblique plural is the object, the speaker continues', () => {
  const got = run(['وقال الرئيس الألماني فرانك شتاينماير إن البلاد تواجه وضعا غير مسبوق. ودعا السياسيين إلى العمل معا من أجل البلاد.']);
  assert.equal(got.length, 2);
  assert.equal(got[1]!.speaker.name, 'فرانك شتاينماير');
  assert.ok(got[1]!.text.startsWith('العمل'));
});

test('a بالـ word right after a name ends the speaker ("ميركل باللوم"); after a definite title it stays ("المكلف بالإعلام")', () => {
  const got = run(['وأكدت ميركل بالأمس أن المحادثات انتهت.', 'وقال المكلف بالإعلام كريم داود إن البحث مستمر.']);
  assert.equal(got[0]!.speaker.name, 'ميركل');
  assert.deepEqual(got[1]!.speaker, { name: 'كريم داود', role: 'المكلف بالإعلام' });
});
