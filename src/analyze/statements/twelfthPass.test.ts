/**
 * Twelfth pass (session 13): the first words of the speaker names stored from SaudiNewsNet, read
 * by frequency, were titles and their qualifiers ("الدكتور" 352 names, "المشرف العام" 185, "ركن"
 * 60: "العميد ركن أحمد عسيري"), relatives ("والد الشهيد", "ذوو الشهداء"), the cue's object ("أكد
 * أهمية…", "أكد حرص…", "رفض أي…"), the verb after "بحسب ما" ("نقلته وكالة رويترز"), and the tails of
 * long Saudi titles cut at nine words ("لمجلس التعاون لدول الخليج العربية الدكتور"). Every sentence
 * was written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TITLE, speakers, statementsOf } from './pass-helpers.js';
import { findEntities } from '../entities/index.js';
import { findStatements } from './index.js';
import type { Statement } from '../../core/types.js';


test('a title before a name is the role, with its qualifiers, and a definite word after it is the family name', () => {
  assert.deepEqual(speakers(statementsOf(['وأوضح العميد ركن طيار أحمد عسيري أن العمليات مستمرة.'])), [['أحمد عسيري', 'العميد ركن طيار']]);
  assert.deepEqual(speakers(statementsOf(['وقال العميد الزعبي إن القوات تقدمت نحو المدينة.'])), [['الزعبي', 'العميد']]);
  assert.deepEqual(speakers(statementsOf(['وقال الدكتور الربيعة إن المساعدات وصلت.'])), [['الربيعة', 'الدكتور']]);
  assert.deepEqual(speakers(statementsOf(['وقال المهندس سامي العلي إن المشروع اكتمل.'])), [['سامي العلي', 'المهندس']]);
  // A nationality after the title is no family name.
  assert.deepEqual(speakers(statementsOf(['وقال الجنرال الأمريكي جون ألين إن التحالف مستمر.'])), [['جون ألين', 'الجنرال الأمريكي']]);
  // Bare, رائد is a first name, not the rank.
  assert.deepEqual(speakers(statementsOf(['وقال رائد صلاح إن المسجد مهدد.']))[0]?.[0], 'رائد صلاح');
});

test('a titled name and an office in apposition: the name is the titled part, the office the role', () => {
  assert.deepEqual(speakers(statementsOf(['وقال الرائد عصام الريس، الناطق باسم الجبهة الجنوبية، إن المعركة مستمرة.'])), [
    ['عصام الريس', 'الرائد الناطق باسم الجبهة الجنوبية'],
  ]);
  // After a title, a word that looks like a participle (موفق) is a first name, not a description.
  assert.deepEqual(speakers(statementsOf(['وقال مدير إدارة الحج الدكتور موفق أبو ديه إن الحجاج وصلوا.'])), [['موفق أبو ديه', 'مدير إدارة الحج الدكتور']]);
});

test('a later reference by title alone keeps the office given when the person was introduced', () => {
  const got = statementsOf([
    'وقال وكيل الوزارة لشؤون المساجد الدكتور توفيق السديري إن البرنامج يبدأ الشهر المقبل.',
    'وأكد الدكتور السديري أن الوزارة سخرت جهودها للبرنامج.',
  ]);
  assert.deepEqual(speakers(got).map((s) => s[0]), ['توفيق السديري', 'توفيق السديري']);
  assert.match(got[1]!.speaker.role ?? '', /وكيل الوزارة/u);
});

test('a long Saudi title and the name after it fit in one speaker', () => {
  const got = statementsOf(['وأكد الأمين العام لمجلس التعاون لدول الخليج العربية الدكتور عبداللطيف بن راشد الزياني أن المجلس يدعم اليمن.']);
  assert.deepEqual(speakers(got), [['عبداللطيف بن راشد الزياني', 'الأمين العام لمجلس التعاون لدول الخليج العربية الدكتور']]);
  const province = statementsOf(['وأوضح المتحدث الإعلامي للدفاع المدني بمنطقة نجران المقدم علي بن عمير الشهراني أن الحريق أخمد.']);
  assert.equal(province[0]?.speaker.name, 'علي بن عمير الشهراني');
});

test('a relative of someone is the speaker, named by the relation only', () => {
  assert.deepEqual(speakers(statementsOf(['وأكد والد الشهيد أن ابنه قدم روحه فداء للوطن.'])), [[null, 'والد الشهيد']]);
  assert.deepEqual(speakers(statementsOf(['وأعرب ذوو الشهداء عن شكرهم للقيادة على مواساتهم.'])).map((s) => s[0]), [null]);
});

test('the object of a cue is no speaker: the one being quoted goes on', () => {
  const got = statementsOf([
    'وقال وزير الداخلية سامي العلي إن الأمن مستتب في كل المناطق.',
    'وأكد حرص المملكة على أن يكون التعاون شاملا.',
  ]);
  assert.equal(got.length, 2);
  assert.deepEqual(speakers(got).map((s) => s[0]), ['سامي العلي', 'سامي العلي']);
});

test('after "بحسب ما" and "وفقاً لما" the reporting verb is skipped, and its source is the speaker', () => {
  const reuters = statementsOf(['واستقر المؤشر الأوروبي عند مستواه السابق، بحسب ما نقلته وكالة رويترز.']);
  assert.match(reuters[0]?.speaker.name ?? '', /رويترز/u);
  const site = statementsOf(['وفقاً لما أورده موقع الخليج الإخباري فإن الشركات الكورية فازت بصفقات ضخمة.']);
  assert.match(site[0]?.speaker.name ?? '', /^موقع/u);
});

test('"قال لي أحد…": the one who spoke to the writer is an unnamed member of a group', () => {
  const got = statementsOf(['قال لي أحد الإخوة إن الأمر انتهى منذ زمن بعيد.']);
  assert.deepEqual(speakers(got), [[null, 'أحد الإخوة']]);
});

test('إذ after a body ends it: "ووزارة الداخلية إذ تحذر…" speaks as the ministry', () => {
  const got = statementsOf(['ووزارة الداخلية إذ تحذر من ذلك فإنها تؤكد أن الأمن مستتب.']);
  assert.equal(got[0]?.speaker.name, 'وزارة الداخلية');
});

test('a headline label before a colon is a speaker only when the article gives it as someone', () => {
  const find = (title: string, paragraphs: string[]): Statement[] => {
    const entities = findEntities({ title, paragraphs });
    return findStatements({ title, paragraphs, publishedAt: '2015-07-21', entities }).filter((s) => s.sentence === -1);
  };
  const body = ['وقال سامي الخطيب، المتحدث باسم وزارة الاقتصاد، إن أسعار الوجبات ارتفعت هذا الصيف بنسبة كبيرة في المدن الساحلية.'];
  // A topic or a section label is no speaker.
  assert.deepEqual(find('أزمة المطاعم: أسعار الوجبات ترتفع عشرين في المئة', body), []);
  assert.deepEqual(find('قصة مصورة: أسواق جدة القديمة في العيد', body), []);
  // A role, and a name the body quotes, are.
  assert.equal(find('وزير الاقتصاد: الأسعار ستستقر قبل نهاية العام', body).length, 1);
  assert.equal(find('الخطيب: الأسعار ستستقر قبل نهاية العام', body)[0]?.speaker.name, 'سامي الخطيب');
  // With no body there is nothing to check the label against: it is taken as written.
  assert.equal(find('الخطيب: الأسعار ستستقر قبل نهاية العام', []).length, 1);
});

test('غير and عدم inside a noun phrase do not negate the statement; as its predicate or opening they do', () => {
  const negated = (sentence: string): boolean | undefined => statementsOf([sentence])[0]?.negated;
  assert.equal(negated('واتهمت المنظمة الشرطة باستخدام القوة غير المبررة لتفريق المتظاهرين في العاصمة.'), false);
  assert.equal(negated('وأوضح المدير أنه تم تجاوز مشكلة عدم صلاحية البرج الحالي بوصول برج متنقل.'), false);
  assert.equal(negated('وقال الوزير إن الاتفاق غير كاف لمنع الأزمة.'), true);
  assert.equal(negated('وقال الوزير إن عدم وجود أي خطر على السكان أمر ثابت.'), true);
});

test('against the day an article was collected, "أمس" dates a statement only with a weekday named beside it', () => {
  const dated = (sentence: string, referenceIsCollection: boolean): string | null | undefined => {
    const paragraphs = [sentence];
    const entities = findEntities({ title: TITLE, paragraphs });
    return findStatements({ title: TITLE, paragraphs, publishedAt: '2015-07-22', entities, referenceIsCollection })[0]?.date;
  };
  assert.equal(dated('وقال وزير الداخلية أمس إن الخلية كانت تخطط لهجمات.', false), '2015-07-21');
  assert.equal(dated('وقال وزير الداخلية أمس إن الخلية كانت تخطط لهجمات.', true), null);
  // 2015-07-22 was a Wednesday: "أمس الاثنين" is two days before it, whatever the crawl's lag.
  assert.equal(dated('وقال وزير الداخلية أمس الاثنين إن الخلية كانت تخطط لهجمات.', true), '2015-07-20');
});

test('review of the twelfth pass: relatives of office holders, offices after titled names, prepositions, عدم after a verb, club labels', () => {
  assert.deepEqual(speakers(statementsOf(['وقالت زوجة الرئيس الأمريكي ميشيل أوباما إن التعليم أولوية.'])), [['ميشيل أوباما', 'زوجة الرئيس الأمريكي']]);
  assert.deepEqual(speakers(statementsOf(['وقال ابن القيم إن العلم نور.']))[0]?.[0], 'ابن القيم');
  assert.deepEqual(speakers(statementsOf(['وقال السيد حسن نصر الله الأمين العام لحزب الله إن المقاومة مستمرة.'])), [['حسن نصر الله', 'السيد الأمين العام لحزب الله']]);
  assert.equal(statementsOf(['وقال المقدم في البرنامج إن الحلقة القادمة مختلفة.'])[0]?.speaker.name, null);
  assert.deepEqual(speakers(statementsOf(['وقال الدكتور المصري إن الدواء فعال.'])), [['المصري', 'الدكتور']]);
  assert.equal(statementsOf(['وقال الوزير إن الحكومة قررت عدم تمديد المهلة.'])[0]?.negated, true);
  const club = (title: string) => {
    const paragraphs = ['وأصدر نادي الهلال بيانا أمس حول قرار لجنة الانضباط بإيقاف لاعبه ثلاث مباريات.'];
    const entities = findEntities({ title, paragraphs });
    return findStatements({ title, paragraphs, publishedAt: '2015-07-21', entities }).filter((s) => s.sentence === -1);
  };
  assert.equal(club('الهلال: نرفض قرار لجنة الانضباط').length, 1);
});
