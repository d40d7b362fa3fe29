import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareAge, copiedShare, type CopyTexts, DUPLICATE_THRESHOLD, fingerprint, InMemoryDuplicateIndex, isNearDuplicate, pickOriginal } from './duplicates.js';
import { shingleSequence } from './minhash.js';

// A wire story (invented), then the ways outlets republish it.
const WIRE = [
  'بيروت (رويترز) - قال وزير الطاقة اللبناني يوم الثلاثاء إن الحكومة ستبدأ رفع الدعم عن المحروقات تدريجيا اعتبارا من أول يوليو تموز بعد أشهر من النقص الحاد في الوقود.',
  'وأضاف الوزير في مؤتمر صحفي عقده في مقر الوزارة أن المرحلة الأولى تشمل البنزين والمازوت على أن تليها مراحل أخرى خلال الأشهر الستة المقبلة.',
  'وأوضح أن الحكومة ستصدر بطاقة تمويلية للأسر الأكثر فقرا لتعويضها عن ارتفاع الأسعار وأن البنك الدولي أبدى استعداده للمساهمة في تمويلها.',
  'ويعاني لبنان من أزمة مالية حادة منذ أواخر عام 2019 فقدت خلالها العملة المحلية أكثر من تسعين بالمئة من قيمتها وارتفعت معدلات الفقر بشكل كبير.',
  'وتشهد محطات الوقود في أنحاء البلاد طوابير طويلة منذ أسابيع بينما يلجأ كثيرون إلى السوق السوداء لشراء المحروقات بأسعار مضاعفة.',
  'وقال مسؤول في نقابة أصحاب المحطات إن الكميات المسلمة لا تكفي الطلب وإن عددا من المحطات أغلق أبوابه بسبب نفاد المخزون.',
];
const wire = WIRE.join('\n');

const UNRELATED = [
  'أعلنت وزارة التعليم عن مواعيد بدء العام الدراسي الجديد في جميع المدارس الحكومية والخاصة اعتبارا من الأسبوع الأول من شهر سبتمبر.',
  'وأكدت الوزارة أن الكتب المدرسية ستوزع على الطلاب قبل بداية الدراسة وأن خطة جديدة لتدريب المعلمين ستطبق خلال الفصل الأول.',
  'كما دعت أولياء الأمور إلى متابعة المنصة الإلكترونية للاطلاع على الجداول والتعليمات الخاصة بكل مرحلة دراسية.',
].join('\n');

test('identical texts: similarity 1', () => {
  const a = fingerprint('a', wire, '2021-06-15', 0);
  const b = fingerprint('b', wire, '2021-06-15', 1);
  assert.deepEqual(isNearDuplicate(a, b), { duplicate: true, similarity: 1 });
});

test('fingerprints are deterministic', () => {
  assert.deepEqual(fingerprint('a', wire, null, 0), fingerprint('a', wire, null, 0));
});

test('a wire copy with another headline, outlet boilerplate and the last paragraph trimmed is a duplicate', () => {
  const copy = [
    'نبض الأخبار - المصدر: وكالات',
    ...WIRE.slice(0, -1).map((p) => p.replace('بيروت (رويترز) - ', '')),
    'اقرأ الخبر من المصدر',
    'جميع الحقوق محفوظة لموقع نبض الأخبار، والآراء الواردة لا تعبر عن رأي الموقع',
  ].join('\n');
  const result = isNearDuplicate(fingerprint('orig', wire, '2021-06-15', 0), fingerprint('copy', copy, '2021-06-16', 1));
  assert.equal(result.duplicate, true, `similarity ${result.similarity}`);
  assert.ok(result.similarity >= DUPLICATE_THRESHOLD);
});

test('a copy of only the first half is still a copy (containment, not Jaccard)', () => {
  const half = WIRE.slice(0, 3).join('\n');
  assert.equal(isNearDuplicate(fingerprint('a', wire, null, 0), fingerprint('b', half, null, 1)).duplicate, true);
});

test('unrelated texts, and the same topic in other words, are not duplicates', () => {
  const a = fingerprint('a', wire, null, 0);
  assert.equal(isNearDuplicate(a, fingerprint('b', UNRELATED, null, 1)).duplicate, false);
  const rewritten =
    'أعلن وزير الطاقة في لبنان أن الدعم على البنزين والمازوت سيرفع على مراحل ابتداء من مطلع تموز، في ظل أزمة وقود خانقة تشهدها البلاد منذ أشهر، مشيرا إلى بطاقة تمويلية ستعوض العائلات المحتاجة عن الغلاء.';
  assert.equal(isNearDuplicate(a, fingerprint('c', rewritten, null, 1)).duplicate, false);
});

test('texts too short to judge are never duplicates', () => {
  const short = 'ارتفع المؤشر العام للسوق';
  assert.equal(isNearDuplicate(fingerprint('a', short, null, 0), fingerprint('b', short, null, 1)).duplicate, false);
});

test('age order: dated before undated, then by date, then by ingest order', () => {
  assert.ok(compareAge({ publishedAt: '2021-06-15', order: 9 }, { publishedAt: null, order: 1 }) < 0);
  assert.ok(compareAge({ publishedAt: '2021-06-14', order: 9 }, { publishedAt: '2021-06-15', order: 1 }) < 0);
  assert.ok(compareAge({ publishedAt: null, order: 1 }, { publishedAt: null, order: 2 }) < 0);
});

test('pickOriginal returns the earliest duplicate among the candidates', () => {
  const article = fingerprint('new', wire, '2021-06-17', 5);
  const later = fingerprint('later', wire, '2021-06-16', 2);
  const earlier = fingerprint('earlier', wire, '2021-06-15', 3);
  const other = fingerprint('other', UNRELATED, '2021-06-01', 0);
  assert.deepEqual(pickOriginal(article, [later, other, earlier]), { originalId: 'earlier', similarity: 1 });
  assert.deepEqual(pickOriginal(article, [other]), { originalId: null, similarity: 0 });
  assert.deepEqual(pickOriginal(article, []), { originalId: null, similarity: 0 });
});

test('index: the first copy is the original, copies of copies point to it', () => {
  const index = new InMemoryDuplicateIndex();
  const original = WIRE.join('\n');
  // B copies A minus its last paragraph; C copies B with a new ending — C is close to B, and B to A.
  const copyB = WIRE.slice(0, 5).join('\n');
  const copyC = [...WIRE.slice(0, 5), 'وفي سياق متصل دعت جمعيات المستهلكين إلى مراقبة الأسعار في المحطات ومعاقبة المخالفين.'].join('\n');
  assert.deepEqual(index.add(fingerprint('A', original, '2021-06-15', 0)), { duplicateOf: null, similarity: 0 });
  assert.equal(index.add(fingerprint('B', copyB, '2021-06-15', 1)).duplicateOf, 'A');
  assert.equal(index.add(fingerprint('C', copyC, '2021-06-16', 2)).duplicateOf, 'A');
  assert.equal(index.add(fingerprint('X', UNRELATED, '2021-06-16', 3)).duplicateOf, null);
  assert.equal(index.duplicateOf('C'), 'A');
  assert.equal(index.size, 4);
});

test('index: a chain that drifts away from the original still resolves to the root', () => {
  // Each copy keeps the previous text and replaces one paragraph: D shares little with A directly.
  const index = new InMemoryDuplicateIndex();
  const extra = [
    'وفي سياق متصل دعت جمعيات المستهلكين إلى مراقبة الأسعار في المحطات ومعاقبة المخالفين بغرامات كبيرة.',
    'من جهتها طالبت نقابات النقل العام بزيادة التعرفة لتغطية كلفة الوقود الجديدة على السائقين والركاب.',
    'ويتوقع خبراء اقتصاديون أن ينعكس القرار على أسعار السلع الغذائية والخدمات الأساسية خلال الصيف.',
  ];
  let paragraphs = [...WIRE];
  const ids = ['A', 'B', 'C', 'D'];
  const roots = ids.map((id, step) => {
    if (step > 0) paragraphs = [...paragraphs.slice(1), extra[step - 1]!];
    return index.add(fingerprint(id, paragraphs.join('\n'), '2021-06-15', step)).duplicateOf;
  });
  assert.deepEqual(roots, [null, 'A', 'A', 'A']);
});

test('copied share: runs of shared shingles count, the same words scattered do not', () => {
  // Eighteen distinct words; 'copy' repeats words 0-11 in order (a copied passage), 'scattered'
  // holds the same words in pairs split by other words (no five in a row match).
  const words = WIRE[1]!.split(' ').slice(0, 18);
  const original = shingleSequence(words.join(' '));
  const copy = shingleSequence(words.slice(0, 12).join(' '));
  assert.equal(copiedShare(copy, original), 1, 'a trimmed copy lies whole in the original');
  const scattered = shingleSequence(words.flatMap((w, i) => (i % 2 === 1 ? [w, 'ثم'] : [w])).join(' '));
  assert.equal(copiedShare(scattered, original), 0);
  // Seven words in a row make three shingles: the shortest copied passage.
  const seven = shingleSequence([...words.slice(0, 7), 'وكذلك', 'قالت', 'مصادر', 'أخرى', 'في', 'العاصمة'].join(' '));
  const share = copiedShare(seven, original);
  const weight = (ws: string[]): number => ws.reduce((n, w) => n + w.length + 1, 0);
  assert.ok(Math.abs(share - weight(words.slice(0, 7)) / weight([...words.slice(0, 7), 'وكذلك', 'قالت', 'مصادر', 'أخرى', 'في', 'العاصمة'])) < 1e-9, `share ${share}`);
  const six = shingleSequence([...words.slice(0, 6), 'وكذلك', 'قالت', 'مصادر', 'أخرى', 'في', 'العاصمة', 'أمس'].join(' '));
  assert.equal(copiedShare(six, original), 0, 'two shared shingles are a phrase, not a passage');
});

test('the copy check reads the texts when the estimate allows it, and falls back to the estimate without them', () => {
  const copy = WIRE.slice(0, 4).join('\n');
  const a = fingerprint('a', wire, '2021-06-15', 0);
  const b = fingerprint('b', copy, '2021-06-16', 1);
  const read = isNearDuplicate(a, b);
  assert.equal(read.duplicate, true);
  assert.equal(read.similarity, 1, 'the copied share of a trimmed copy');
  const { sequence: _a, ...bareA } = a;
  const { sequence: _b, ...bareB } = b;
  const estimated = isNearDuplicate(bareA, bareB);
  assert.equal(estimated.duplicate, true);
  assert.ok(estimated.similarity >= DUPLICATE_THRESHOLD && estimated.similarity <= 1);
  // A store that cannot read a text (gone since) leaves the decision to the estimate.
  const none: CopyTexts = { sequenceOf: () => null };
  assert.deepEqual(isNearDuplicate(a, b, none), estimated);
  assert.equal(isNearDuplicate(a, fingerprint('u', UNRELATED, null, 2)).duplicate, false);
});
