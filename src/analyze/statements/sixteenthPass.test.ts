/**
 * Sixteenth pass (session 17): cue verbs and titles a scraper cut at their shadda are read once
 * the extractor rejoins them (src/extract/text/cut-words.test.ts tests the repair itself); an event
 * reported as a noun right after the cue ("كما أكد سقوط…") is what was said, not who said it; a
 * participle asking for anonymity ("طالبا عدم ذكر اسمه") leaves the role. Every sentence was
 * written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePage, speakerOf, statementsOf } from './pass-helpers.js';
import { governmentOf } from '../entities/index.js';

test('an event noun right after the cue is its content, and the last speaker goes on', () => {
  const [first, second] = statementsOf([
    'وقال المتحدث باسم الجيش العقيد سامر الخطيب إن الهجوم بدأ فجرا .',
    'كما أكد سقوط قذائف المدفعية على الأحياء الشرقية من المدينة .',
  ]);
  assert.equal(first?.speaker.name, 'سامر الخطيب');
  assert.equal(second?.speaker.name, 'سامر الخطيب');
  const [, event] = statementsOf(['وقال الوزير سامر الخطيب إن المفاوضات مستمرة .', 'كما أكد وقوع انفجار , مشيرا إلى أن الأضرار محدودة .']);
  assert.equal(event?.speaker.name, 'سامر الخطيب');
});

test('a participle asking for anonymity is not part of the role', () => {
  const [s] = statementsOf(['وقال مسؤول كردي طالبا عدم كشف اسمه إن المهلة انتهت .']);
  assert.equal(s?.speaker.role, 'مسؤول كردي');
});

test('on a page whose diacritics the scraper turned into spaces, a cut cue opens its statement', () => {
  const result = analyzePage([
    'المرصد : اشتباكات عنيفة في ريف حماة الشمالي',
    'دارت اشتباكات عنيفة أمس بين القوات الحكومي ة وفصائل المعارضة في ريف حماة الشمالي , وسط قصف مدفعي متواصل على القرى المحيطة .',
    'وأك د مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن أن الاشتباكات أسفرت عن سقوط قتلى من الطرفين .',
  ]);
  const said = result.statements.find((s) => s.text.includes('أسفرت عن سقوط قتلى'));
  assert.equal(said?.cue, 'أكد');
  assert.equal(said?.speaker.name, 'رامي عبد الرحمن');
});

test('a count in words is an unnamed group, and a manner adverb or "عما" is nobody\'s name', () => {
  const [share] = statementsOf(['ورأى اثنان في المئة فقط أن الاتفاق إيجابي .']);
  assert.equal(share?.speaker.name, null);
  assert.equal(share?.speaker.role, 'اثنان');
  const result = analyzePage([
    'وسئل الرئيس الفرنسي عما إذا كان يرغب في إعادة فتح السفارة , فقال إن هذا الأمر ليس من الأولويات .',
    'وقال الوزراء بوضوح إنهم يريدون بقاء اليونان في منطقة اليورو .',
  ]);
  const people = result.entities.filter((e) => e.type === 'person').map((e) => e.name);
  assert.ok(!people.includes('عما') && !people.includes('بوضوح'), people.join(' | '));
  const [asked] = statementsOf(['وسئل الوزير عما إذا كانت الحكومة ستستقيل , فقال إن القرار لم يتخذ بعد .']);
  assert.deepEqual([asked?.speaker.name, asked?.speaker.role], [null, 'الوزير']);
});

test('adverbs written without their tanwin, fillers and "الأخير" name nobody', () => {
  const lavrov = 'وقال وزير الخارجية سيرغي لافروف إن المحادثات مفيدة .';
  const [, firmly] = statementsOf([lavrov, 'وأكد بقوة أن بلاده لن تتراجع .']);
  assert.equal(firmly?.speaker.name, 'سيرغي لافروف');
  const [, filler] = statementsOf([lavrov, 'وأكد الأمر أن بلاده لن تتراجع .']);
  assert.deepEqual([filler?.speaker.name, filler?.speaker.role], [null, null]);
  const [relative] = statementsOf(['والتقى الوزير نظيره التركي , والذي أكد أن المحادثات مفيدة .']);
  assert.notEqual(relative?.speaker.name, 'والذي');
  const [official] = statementsOf(['وأعلن الجيش الروسي رسميا أن العملية انتهت .']);
  assert.equal(official?.speaker.name, 'الجيش الروسي');
  const said = statementsOf(['وقال وزير الخارجية سيرغي لافروف إن المحادثات مفيدة .', 'وكشف سابقا أن الوفد سيصل غدا .']);
  assert.equal(said[1]?.speaker.name, 'سيرغي لافروف');
  const latter = statementsOf(['والتقى الوزير نظيره التركي , وأكد الأخير أن بلاده تدعم الحل السياسي .']);
  assert.equal(latter[0]?.speaker.name, null);
  assert.equal(latter[0]?.speaker.role, 'الأخير');
});

test('"ومقره لندن", "برئاسة" and "بقيادة" end a body\'s name; a board of directors is no state', () => {
  const [based] = statementsOf(['وقال المرصد السوري لحقوق الانسان ومقره لندن إن الغارات استهدفت المدينة .']);
  assert.equal(based?.speaker.name, 'المرصد السوري لحقوق الإنسان');
  const [led] = statementsOf(['وأعلن التحالف الدولي بقيادة الولايات المتحدة أن الضربات ستستمر .']);
  assert.equal(led?.speaker.name, 'التحالف الدولي');
  const [board] = statementsOf(['أكد مجلس إدارة اتحاد كرة القدم المصري برئاسة جمال علام، أنه لا يمانع في إقامة المباراة في الإمارات .']);
  assert.equal(board?.speaker.name, 'مجلس إدارة اتحاد كرة القدم المصري');
  assert.equal(governmentOf('مجلس إدارة اتحاد كرة القدم المصري'), null);
  assert.equal(governmentOf('مجلس النواب الأردني'), 'الأردن');
});

test('transliterated ranks and titles ("اللفتنانت جنرال", "السيناتور") are the role before a name', () => {
  const [general] = statementsOf(['نقلت وكالة رويترز عن اللفتنانت جنرال جادي أيزنكوت قائد القوات المسلحة , اليوم الثلاثاء , أن إيران تنفق ملايين الدولارات .']);
  assert.equal(general?.speaker.name, 'جادي أيزنكوت');
  const [senator] = statementsOf(['وقال السيناتور جون ماكين إن العقوبات ضرورية .']);
  assert.deepEqual([senator?.speaker.name, senator?.speaker.role], ['جون ماكين', 'السيناتور']);
});

test('an unnamed official\'s adjectives and his asking for anonymity are no name', () => {
  assert.deepEqual(speakerOf('قال مسؤول روسي رفيع إن موسكو تعرف مخاوف القدس .'), [null, 'مسؤول روسي رفيع']);
  // Since session 24 the role keeps what the source is close to.
  assert.deepEqual(speakerOf('وقال مصدر قريب من عمليات التصدير إن الخام يتدفق كالمعتاد .'), [null, 'مصدر قريب من عمليات التصدير']);
  assert.deepEqual(speakerOf('وكشف مصدر طلب عدم ذكر اسمه أن الاتصالات شملت الوزيرين .'), [null, 'مصدر']);
  // A given name that is also the adjective stays a name where it opens one.
  assert.equal(speakerOf('وقال رفيع الدين أحمد إن الاتفاق قريب .')[0], 'رفيع الدين أحمد');
});
