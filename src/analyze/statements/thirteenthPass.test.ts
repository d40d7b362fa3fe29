/**
 * Thirteenth pass (session 14): 25 SaudiNewsNet articles of a day no gold comes from (2015-07-24),
 * read statement by statement, and the store's speaker names counted by shape. Descriptions after a
 * citizen's name ("صاحب شركة سيارات", "أحد المتعاملين": 318 statements), the cue's object after the
 * subject ("نتنياهو القول", "نتانياهو تحذيره", "آل خليفة إيران"), a poll's shares as subjects
 * ("وقال 35% إنهم…", read as the previous speaker), a headline of two clauses joined by "..", and
 * "الفريق الركن" before an accused. Every sentence was written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEntities } from '../entities/index.js';
import { findStatements } from './index.js';
import { speakers, statementsOf } from './pass-helpers.js';

test('a trade or a membership after a name describes the person: name and role apart', () => {
  assert.deepEqual(speakers(statementsOf(['وقال سعيد بن سعد الشهراني صاحب شركة سيارات إن الأسعار ارتفعت كثيرا.'])), [['سعيد بن سعد الشهراني', 'صاحب شركة سيارات']]);
  assert.deepEqual(speakers(statementsOf(['وأوضح أحمد العتيبي أحد زوار المهرجان أن التنظيم كان جيدا.'])), [['أحمد العتيبي', 'أحد زوار المهرجان']]);
  assert.deepEqual(speakers(statementsOf(['وقال ابو ياسر تاجر سيارات إن الطلب ضعيف هذا الموسم.'])), [['ابو ياسر', 'تاجر سيارات']]);
  // Before any name a trade takes its complement: nobody is named.
  assert.deepEqual(speakers(statementsOf(['وقال صاحب محل إن البيع تراجع منذ بداية الشهر.'])), [[null, 'صاحب محل']]);
  // A definite trade is followed by the name, as a definite role is.
  assert.deepEqual(speakers(statementsOf(['وأكد البائع العماني أمجد أن المبيعات تجاوزت التوقعات.'])), [['أمجد', 'البائع العماني']]);
});

test('the object a cue takes after its subject is not part of the name', () => {
  assert.equal(statementsOf(['ونقلت الإذاعة عن نتنياهو القول: إن رفع العقوبات خطأ كبير.'])[0]?.speaker.name, 'بنيامين نتنياهو');
  assert.deepEqual(speakers(statementsOf(['وجدد رئيس الوزراء الإسرائيلي بنيامين نتانياهو تحذيره من أن الاتفاق خطير.'])), [['بنيامين نتانياهو', 'رئيس الوزراء الإسرائيلي']]);
  assert.equal(statementsOf(['ولفت بدر عبدالعاطي الانتباه إلى أن الوضع في المنطقة خطير.'])[0]?.speaker.name, 'بدر عبدالعاطي');
  assert.deepEqual(speakers(statementsOf(['وأبدى وكيل إمارة الباحة إعجابه بما نفذته المحافظة، وقال: "نرغب في بذل المزيد من الجهد".'])), [[null, 'وكيل إمارة الباحة']]);
  // "والمياه" is no verbal noun with a pronoun: the office keeps it.
  assert.deepEqual(speakers(statementsOf(['وقال وزير الطاقة والمياه وليد سركيس إن الدعم مستمر.'])), [['وليد سركيس', 'وزير الطاقة والمياه']]);
});

test('an accused state after a titled name is what was said, not the end of the name', () => {
  const got = statementsOf(['اتهم وزير الداخلية البحريني الفريق الركن الشيخ راشد بن عبدالله آل خليفة إيران بالتورط في الإخلال بأمن البحرين.']);
  assert.equal(got[0]?.speaker.name, 'راشد بن عبدالله آل خليفة');
  assert.match(got[0]?.speaker.role ?? '', /^وزير الداخلية البحريني الفريق الركن/u);
  assert.match(got[0]?.text ?? '', /^إيران بالتورط/u);
  // A state inside a body's name stays in it.
  assert.equal(statementsOf(['وقال مقاتلو طالبان باكستان إن القتال مستمر في المنطقة.'])[0]?.speaker.name?.endsWith('باكستان'), true);
});

test('a share of a poll or a count of people is the subject, never the previous speaker', () => {
  const got = statementsOf([
    'وقال نتنياهو إن الاتفاق سيئ للمنطقة.',
    'وقال 35% إنهم لا يملكون ثقة بالاتفاق، وقال ما مجموعه 54% إن لديهم ثقة قليلة.',
    'ومن بين المستطلعين 38% منهم قالوا إنهم لا يثقون به.',
    'وقال 3 مسؤولين أمريكيين إن المفاوضات ستستأنف.',
  ]);
  assert.deepEqual(speakers(got), [
    ['بنيامين نتنياهو', null],
    [null, '35%'],
    [null, 'ما مجموعه 54%'],
    [null, '38% منهم'],
    [null, '3 مسؤولين أمريكيين'],
  ]);
  // A number that counts no people is no subject ("وصف 30 دقيقة…").
  const minutes = statementsOf(['وقال الوزير إن الخطة جاهزة.', 'وأضاف 30 دقيقة بعد ذلك أن التنفيذ يبدأ غدا.']);
  assert.equal(minutes[1]?.speaker.role, 'الوزير');
});

test('a headline of two clauses joined by an ellipsis: the cue’s subject is in its own clause', () => {
  const title = 'روحاني يمتدح اتفاق فيينا.. ونتنياهو يؤكد: يزيد خطر الحرب';
  const paragraphs = ['وقال الرئيس الإيراني حسن روحاني إن الاتفاق تاريخي.'];
  const entities = findEntities({ title, paragraphs });
  const headline = findStatements({ title, paragraphs, publishedAt: '2015-07-24', entities }).filter((s) => s.sentence === -1);
  assert.deepEqual(headline.map((s) => [s.speaker.name, s.text]), [['بنيامين نتنياهو', 'يزيد خطر الحرب']]);
  // A full stop inside a sentence marks an abbreviation, not a clause: "د. أبو طالب" stays one subject.
  const doctor = statementsOf(['وأوضح د. أبو طالب أن الفرق الصحية باشرت عملها.']);
  assert.notEqual(doctor[0]?.speaker.name, 'أبو');
});

test('the king’s title in an office is the office’s, and before his own title and name a form of address', () => {
  assert.deepEqual(speakers(statementsOf(['أكد سفير خادم الحرمين الشريفين بالأردن أن الزيارة مهمة للبلدين.'])), [[null, 'سفير خادم الحرمين الشريفين بالأردن']]);
  assert.equal(statementsOf(['وقال نائب خادم الحرمين الشريفين الأمير محمد بن نايف إن المملكة تدعم اليمن.'])[0]?.speaker.name, 'محمد بن نايف');
  assert.deepEqual(speakers(statementsOf(['وقال خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز إن المملكة تدعم اليمن.'])), [['سلمان بن عبدالعزيز', 'الملك']]);
  assert.equal(statementsOf(['وقال خادم الحرمين الشريفين إن المملكة تدعم اليمن.'])[0]?.speaker.name, 'خادم الحرمين الشريفين');
});

test('the clause’s own verb before a definite role is not part of the speaker', () => {
  assert.deepEqual(speakers(statementsOf(['فيما واصل الرئيس الإيراني حسن روحاني دفاعه عن الاتفاق وقال إنه اتفاق تاريخي.'])), [['حسن روحاني', 'الرئيس الإيراني']]);
  // A title before an indefinite office stays the role's ("معاون وزير النفط").
  assert.deepEqual(speakers(statementsOf(['وقال معاون وزير النفط رامي العلي إن الإنتاج ارتفع.'])), [['رامي العلي', 'معاون وزير النفط']]);
});

test('a long Saudi title with two offices keeps the name after it; a patron after the name is not the speaker', () => {
  const got = statementsOf([
    'وقال وزير التعليم الدكتور عبدالله بن محمد الدهيمي إن العام الدراسي يبدأ قريبا.',
    'وأوضح معالي وزير الشؤون الاجتماعية وزير الثقافة والإعلام بالنيابة الدكتور ماجد بن عبدالله القصبي في بيانه أن مجلس الوزراء اطلع على التقارير.',
  ]);
  assert.equal(got[1]?.speaker.name, 'ماجد بن عبدالله القصبي');
  const patron = statementsOf(['ونوه رئيس اللجنة المنظمة للمهرجان الدكتور أحمد الخازم الغامدي بدعم ورعاية صاحب السمو الملكي الأمير مشاري بن سعود للمهرجان، مشيراً إلى أن دورة المهرجان تأتي وسط مشاركة عالمية.']);
  assert.equal(patron[0]?.speaker.name, 'أحمد الخازم الغامدي');
});

test('an indefinite official is someone new; a definite one may point back', () => {
  const opener = 'وقال وزير الخارجية الأمريكي جون كيري إن الرئيس سيعلن قراره قريبا.';
  for (const later of ['وقال مسؤول أمريكي إن القرار نهائي.', 'وقال مسؤول دفاع أميركي بارز طلب عدم نشر اسمه إن القرار نهائي.', 'وقال مسؤول إن القرار نهائي.']) {
    assert.equal(statementsOf([opener, later])[1]?.speaker.name, null, later);
  }
  assert.equal(statementsOf([opener, 'وقال المسؤول الأمريكي إن القرار نهائي.'])[1]?.speaker.name, 'جون كيري');
});

test('chief of a group heads a role only before the group', () => {
  assert.deepEqual(speakers(statementsOf(['ومن جانبه، أفاد كبير موظفي البيت الأبيض جون كيلي بأن الرئيس سيعلن قراره.'])), [['جون كيلي', 'كبير موظفي البيت الأبيض']]);
  assert.deepEqual(speakers(statementsOf(['وقالت كبيرة المفاوضين سارة علي إن الجولة انتهت.'])), [['سارة علي', 'كبيرة المفاوضين']]);
});

test('an object of emphasis or a بـ-object opening the span names nobody: the speaker goes on', () => {
  const got = statementsOf(['وأكد بن معمر أن السوق جاهز لاستقبال الزوار.', 'ونوه بمساهمات جميع الجهات الحكومية، مشيراً إلى أن الدعم كان كبيرا.']);
  assert.deepEqual(got.map((s) => s.speaker.name), ['بن معمر', 'بن معمر']);
  const call = statementsOf(['وأجرى ولي العهد اتصالا بالرئيس المصري أكدا خلاله أهمية إعلان القاهرة، مشددين على أن العلاقة بين البلدين استراتيجية.']);
  assert.equal(call.some((s) => /خلاله|أهمية/u.test(`${s.speaker.name ?? ''} ${s.speaker.role ?? ''}`)), false);
  // The governor, not the prince whose care he stressed.
  const governor = statementsOf(['وأكد المحافظ حرص صاحب السمو الملكي الأمير فهد بن سلطان على أن يقدم المشروع أعلى مستويات الخدمة.']);
  assert.notEqual(governor[0]?.speaker.name, 'فهد بن سلطان');
});

test('a definite plural after a definite subject is the verb’s object, not part of the speaker', () => {
  assert.deepEqual(speakers(statementsOf(['ودعا الوزير المواطنين إلى الالتزام بالتعليمات، مؤكدا أن الوضع آمن.'])), [[null, 'الوزير'], [null, 'الوزير']]);
  assert.equal(statementsOf(['وحث المتحدث الرسمي للمديرية المواطنين على الحذر، مشيرا إلى أن الأمطار مستمرة.'])[0]?.speaker.role, 'المتحدث الرسمي للمديرية');
  // After a plural it is an adjective; after a لل-office the office goes on.
  assert.match(statementsOf(['ووصف أحد السكان المحليين الوضع بقوله إن المشهد مخيف.'])[0]?.speaker.role ?? '', /السكان المحليين/u);
  assert.equal(statementsOf(['وقال رئيس الهيئة العامة للمعلمين إن الإضراب مستمر.'])[0]?.speaker.role, 'رئيس الهيئة العامة للمعلمين');
  assert.equal(statementsOf(['وقال خادم الحرمين الشريفين إن المملكة تدعم اليمن.'])[0]?.speaker.name, 'خادم الحرمين الشريفين');
});

test('review of the thirteenth pass: offices, bodies and iḍāfa keep what the new cuts must not take', () => {
  // A state inside an indefinite office is no accused.
  assert.equal(statementsOf(['واتهم وزير خارجية إيران محمد جواد ظريف السعودية بدعم الإرهاب.'])[0]?.speaker.name, 'محمد جواد ظريف');
  // A noun in iḍāfa with a role is the speaker, not a verb to drop.
  assert.notEqual(statementsOf(['وقال الرئيس اليمني عبد ربه منصور هادي إن الوضع مستقر.', 'وقال مرافق الرئيس إن الرئيس بخير.'])[1]?.speaker.name, 'عبد ربه منصور هادي');
  // Object nouns inside an office or a body's name stay there.
  assert.deepEqual(speakers(statementsOf(['وقال المتحدث باسم قوات الدعم السريع خالد سعد إن القوات تقدمت.'])), [['خالد سعد', 'المتحدث باسم قوات الدعم السريع']]);
  assert.deepEqual(speakers(statementsOf(['وقال رئيس حزب الحق محمد علي إن الحزب سيشارك في الانتخابات.'])), [['محمد علي', 'رئيس حزب الحق']]);
  assert.deepEqual(speakers(statementsOf(['وقال أحد أعضائها إن اللجنة اجتمعت.'])), [[null, 'أحد أعضائها']]);
  // رئيس is no anonymous official: an indefinite "رئيس وزراء إسرائيل" still points back.
  const pm = statementsOf(['وقال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن الاتفاق سيئ.', 'وأضاف رئيس وزراء إسرائيل أن بلاده لن تلتزم به.']);
  assert.equal(pm[1]?.speaker.name, 'بنيامين نتنياهو');
  // An amount after a preposition is no share of people.
  assert.equal(statementsOf(['ارتفعت البطالة إلى 12% والخبراء يتوقعون أن تزيد أكثر.']).some((s) => /12/u.test(s.speaker.role ?? '')), false);
  // A trade with a definite complement is followed by the name.
  assert.deepEqual(speakers(statementsOf(['وقال تاجر الذهب أبو فهد إن الأسعار ارتفعت.'])), [['أبو فهد', 'تاجر الذهب']]);
});

test('a word with tanwīn fatḥ is no name; an office named by a masculine construct noun goes on', () => {
  assert.deepEqual(speakers(statementsOf(['وقال الوزير إن الخطة جاهزة.', 'وأكد مجدداً أن التنفيذ قريب.'])), [[null, 'الوزير'], [null, 'الوزير']]);
  assert.equal(statementsOf(['وقال المدير إن الخطة جاهزة.', 'وأوضح مسبقاً أن الوضع مستقر.'])[1]?.speaker.name, null);
  assert.deepEqual(speakers(statementsOf(['وقال مسؤول ملف الاستيطان في الضفة غسان دغلس إن المستوطنين هاجموا القرية.'])), [['غسان دغلس', 'مسؤول ملف الاستيطان في الضفة']]);
  assert.equal(statementsOf(['وقال أسامة الخطيب إن الأمر انتهى.'])[0]?.speaker.name, 'أسامة الخطيب');
});

test('a first name ending in ة/ه after an office begins the name, it does not continue the office', () => {
  assert.deepEqual(speakers(statementsOf(['وأوضح مدير الجمعية عبدالله البلوي أنه تم تسليم مبالغ الزكاة.'])), [['عبدالله البلوي', 'مدير الجمعية']]);
  assert.deepEqual(speakers(statementsOf(['وأكدت المساعدة للشؤون التعليمية آمنة الغامدي أن الزي موحد.'])), [['آمنة الغامدي', 'المساعدة للشؤون التعليمية']]);
  assert.equal(statementsOf(['وقال رئيس هيئة الأركان العامة إن القوات جاهزة.'])[0]?.speaker.role, 'رئيس هيئة الأركان العامة');
});

test('what a supervisor supervises belongs to his office, and the name follows it', () => {
  assert.deepEqual(speakers(statementsOf(['وقال المشرف العام على البرنامج محمد علي إن العمل مستمر.'])), [['محمد علي', 'المشرف العام على البرنامج']]);
  assert.equal(statementsOf(['وقال المشرف العام على مستشفى الملك فهد الدكتور سامي العلي إن المستشفى جاهز.'])[0]?.speaker.name, 'سامي العلي');
  assert.deepEqual(speakers(statementsOf(['وأشار صبري الكثيري المشرف على مبادرة نرسم بسمتهم إلى أن الزيارات مهمة.'])), [['صبري الكثيري', 'المشرف على مبادرة نرسم بسمتهم']]);
  // A body's adjective is no supervisor: the body named before speaks.
  const body = statementsOf(['أعلنت هيئة قناة بنما أنها ستحدد حجم السفن.', 'وقالت الهيئة، المشرفة على الممر البحري، إنها ستخفض معدل الغاطس.']);
  assert.equal(body[1]?.speaker.name, 'هيئة قناة بنما');
});

test('the international community or condolences after the subject are what the verb took', () => {
  assert.deepEqual(speakers(statementsOf(['ودعا وزير الخارجية عادل الجبير المجتمع الدولي إلى التحرك، مؤكدا أن الوضع خطير.'])).map((s) => s[0]), ['عادل الجبير', 'عادل الجبير']);
  assert.equal(statementsOf(['وقال رئيس لجنة المجتمع المدني محمد علي إن الأمر جيد.'])[0]?.speaker.role, 'رئيس لجنة المجتمع المدني');
});

test('an adverb of the office with tanwīn inside the span is dropped, not cut at', () => {
  assert.deepEqual(speakers(statementsOf(['وقال وزير الخارجية سابقاً عمرو موسى إن الأمر جيد.'])), [['عمرو موسى', 'وزير الخارجية']]);
});
